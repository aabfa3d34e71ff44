package io.pgdeck.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenises PostgreSQL text by the rules of the server's own scanner (scan.l), under the session's
 * standard_conforming_strings: when it is off, a backslash escapes the next character in a plain '...' literal too.
 * Every character lands in exactly one token, so the tokens' texts concatenate back to the input. Malformed text never
 * throws: a literal or comment that the text ends inside runs to the end and is marked incomplete, and the server gets
 * to report it.
 */
final class SqlLexer {

    private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";
    // An operator may end in + or - only if it holds one of these too; otherwise "a=-1" would compare a with "=-" 1.
    private static final String OPERATOR_CHARS_KEEPING_SIGN = "~!@#^&|`?%";
    private static final String PUNCTUATION = "()[],;.:";
    private static final List<String> TWO_CHAR_PUNCTUATION = List.of("::", ":=", "..");

    private final String sql;
    private final QuoteStyle plainStrings;
    private int pos;

    private SqlLexer(String sql, boolean standardConformingStrings) {
        this.sql = sql;
        this.plainStrings = standardConformingStrings ? QuoteStyle.STANDARD : QuoteStyle.ESCAPED;
    }

    static List<Token> tokenize(String sql) {
        return tokenize(sql, true);
    }

    static List<Token> tokenize(String sql, boolean standardConformingStrings) {
        SqlLexer lexer = new SqlLexer(sql, standardConformingStrings);
        List<Token> tokens = new ArrayList<>();
        while (lexer.pos < sql.length()) {
            tokens.add(lexer.nextToken());
        }
        return tokens;
    }

    private Token nextToken() {
        int start = pos;
        char c = sql.charAt(pos);
        if (isWhitespace(c)) {
            return whitespace(start);
        } else if (sql.startsWith("--", pos)) {
            return lineComment(start);
        } else if (sql.startsWith("/*", pos)) {
            return blockComment(start);
        } else if (c == '\'') {
            return quotedLiteral(start, TokenKind.STRING, plainStrings);
        } else if (c == '"') {
            return quotedIdentifier(start);
        } else if (c == '$') {
            return dollarToken(start);
        } else if (isIdentifierStart(c)) {
            return prefixedLiteralOrWord(start);
        } else if (isDigit(c) || (c == '.' && isDigit(charAt(pos + 1)))) {
            return number(start);
        } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator(start);
        } else if (PUNCTUATION.indexOf(c) >= 0) {
            return punctuation(start);
        }
        pos++;
        return token(TokenKind.OTHER, start, true);
    }

    private Token whitespace(int start) {
        while (pos < sql.length() && isWhitespace(sql.charAt(pos))) {
            pos++;
        }
        return token(TokenKind.WHITESPACE, start, true);
    }

    private Token lineComment(int start) {
        pos = endOfLine(pos);
        // Leave trailing blanks to the whitespace token, so trimming a statement that ends in a comment drops them.
        while (pos > start + 2 && isWhitespace(sql.charAt(pos - 1))) {
            pos--;
        }
        return token(TokenKind.LINE_COMMENT, start, true);
    }

    private Token blockComment(int start) {
        pos += 2;
        int depth = 1;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return token(TokenKind.BLOCK_COMMENT, start, true);
                }
            } else {
                pos++;
            }
        }
        return token(TokenKind.BLOCK_COMMENT, start, false);
    }

    /** Reads a literal whose opening quote is at {@code pos}, counting continuation segments as part of it. */
    private Token quotedLiteral(int start, TokenKind kind, QuoteStyle style) {
        pos++;
        while (skipPastClosingQuote(style)) {
            int continuation = continuationQuote(pos);
            if (continuation < 0) {
                return token(kind, start, true);
            }
            pos = continuation + 1;
        }
        return token(kind, start, false);
    }

    /** Moves past the quote that closes the current segment; false when the text ends first. */
    private boolean skipPastClosingQuote(QuoteStyle style) {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\\' && style.backslashEscapes) {
                pos = Math.min(pos + 2, sql.length());
            } else if (c == '\'' && style.doubledQuoteEscapes && charAt(pos + 1) == '\'') {
                pos += 2;
            } else {
                pos++;
                if (c == '\'') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * PostgreSQL joins {@code 'a'} and {@code 'b'} into one literal when only whitespace and line comments holding at
     * least one newline lie between them, and the second part keeps the first part's escape rules. Returns the
     * position of the continuing quote, or -1.
     */
    private int continuationQuote(int from) {
        int i = from;
        boolean newline = false;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (isWhitespace(c)) {
                newline |= c == '\n' || c == '\r';
                i++;
            } else if (sql.startsWith("--", i)) {
                i = endOfLine(i);
            } else {
                break;
            }
        }
        return newline && charAt(i) == '\'' ? i : -1;
    }

    private Token quotedIdentifier(int start) {
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos) != '"') {
                pos++;
            } else if (charAt(pos + 1) == '"') {
                pos += 2;
            } else {
                pos++;
                return token(TokenKind.QUOTED_IDENTIFIER, start, true);
            }
        }
        return token(TokenKind.QUOTED_IDENTIFIER, start, false);
    }

    /** A {@code $} starts a parameter, a dollar-quoted string, or nothing more than itself. */
    private Token dollarToken(int start) {
        if (isDigit(charAt(pos + 1))) {
            pos++;
            skipDigits(10);
            return token(TokenKind.PARAMETER, start, true);
        }
        int delimiterEnd = dollarDelimiterEnd(pos);
        if (delimiterEnd < 0) {
            pos++;
            return token(TokenKind.OTHER, start, true);
        }
        String delimiter = sql.substring(pos, delimiterEnd);
        int closing = sql.indexOf(delimiter, delimiterEnd);
        if (closing < 0) {
            pos = sql.length();
            return token(TokenKind.DOLLAR_STRING, start, false);
        }
        pos = closing + delimiter.length();
        return token(TokenKind.DOLLAR_STRING, start, true);
    }

    /** The end of {@code $$} or {@code $tag$} at {@code dollar}, or -1. Tags are identifiers without {@code $}. */
    private int dollarDelimiterEnd(int dollar) {
        int i = dollar + 1;
        if (isIdentifierStart(charAt(i))) {
            i++;
            while (isIdentifierStart(charAt(i)) || isDigit(charAt(i))) {
                i++;
            }
        }
        return charAt(i) == '$' ? i + 1 : -1;
    }

    /** A letter right before a quote may make a literal of it: E'..', B'..', X'..', N'..', U&'..' or U&"..". */
    private Token prefixedLiteralOrWord(int start) {
        char prefix = Ascii.toLowerCase(sql.charAt(pos));
        char next = charAt(pos + 1);
        if (next == '\'' && "ebxn".indexOf(prefix) >= 0) {
            pos++;
            return switch (prefix) {
                case 'e' -> quotedLiteral(start, TokenKind.ESCAPE_STRING, QuoteStyle.ESCAPED);
                case 'n' -> quotedLiteral(start, TokenKind.STRING, plainStrings);
                default -> quotedLiteral(start, TokenKind.BIT_STRING, QuoteStyle.BITS);
            };
        }
        if (prefix == 'u' && next == '&' && (charAt(pos + 2) == '\'' || charAt(pos + 2) == '"')) {
            pos += 2;
            return charAt(pos) == '"'
                    ? quotedIdentifier(start)
                    : quotedLiteral(start, TokenKind.UNICODE_STRING, QuoteStyle.STANDARD);
        }
        return word(start);
    }

    private Token word(int start) {
        while (isIdentifierStart(charAt(pos)) || isDigit(charAt(pos)) || charAt(pos) == '$') {
            pos++;
        }
        return token(TokenKind.WORD, start, true);
    }

    /** Decimal numbers with optional fraction and exponent, or 0x / 0o / 0b integers; digits may be grouped by _. */
    private Token number(int start) {
        int radix = charAt(pos) == '0' ? radix(charAt(pos + 1)) : 0;
        if (radix > 0 && startsDigitGroup(pos + 2, radix)) {
            pos += 2;
            skipDigits(radix);
            return token(TokenKind.NUMBER, start, true);
        }
        skipDigits(10);
        if (charAt(pos) == '.' && charAt(pos + 1) != '.') {
            pos++;
            if (isDigit(charAt(pos))) {
                skipDigits(10);
            }
        }
        if (Ascii.toLowerCase(charAt(pos)) == 'e') {
            int exponent = pos + ("+-".indexOf(charAt(pos + 1)) >= 0 ? 2 : 1);
            if (isDigit(charAt(exponent))) {
                pos = exponent;
                skipDigits(10);
            }
        }
        return token(TokenKind.NUMBER, start, true);
    }

    private Token operator(int start) {
        while (OPERATOR_CHARS.indexOf(charAt(pos)) >= 0) {
            pos++;
        }
        // A comment may start right after an operator, as in "a+--note" or "a*/*note*/".
        for (int i = start + 1; i < pos - 1; i++) {
            if (sql.startsWith("--", i) || sql.startsWith("/*", i)) {
                pos = i;
                break;
            }
        }
        if (!containsAny(start, pos, OPERATOR_CHARS_KEEPING_SIGN)) {
            while (pos - start > 1 && "+-".indexOf(sql.charAt(pos - 1)) >= 0) {
                pos--;
            }
        }
        return token(TokenKind.OPERATOR, start, true);
    }

    private Token punctuation(int start) {
        boolean twoChars = TWO_CHAR_PUNCTUATION.stream().anyMatch(p -> sql.startsWith(p, start));
        pos += twoChars ? 2 : 1;
        return token(TokenKind.PUNCTUATION, start, true);
    }

    private void skipDigits(int radix) {
        while (startsDigitGroup(pos, radix)) {
            pos += charAt(pos) == '_' ? 2 : 1;
        }
    }

    /** A digit, or an underscore followed by a digit: PostgreSQL allows underscores only between digits. */
    private boolean startsDigitGroup(int index, int radix) {
        return digitValue(charAt(index)) < radix || (charAt(index) == '_' && digitValue(charAt(index + 1)) < radix);
    }

    private boolean containsAny(int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(sql.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The character at {@code index}, or NUL past the end, so look-ahead needs no bounds checks. */
    private char charAt(int index) {
        return index < sql.length() ? sql.charAt(index) : '\0';
    }

    private Token token(TokenKind kind, int start, boolean complete) {
        return new Token(kind, sql.substring(start, pos), start, complete);
    }

    private static int radix(char marker) {
        return switch (Ascii.toLowerCase(marker)) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            default -> 0;
        };
    }

    /** The value of an ASCII hex digit, or {@code Integer.MAX_VALUE}; unlike Character.digit it rejects non-ASCII. */
    private static int digitValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        char lower = Ascii.toLowerCase(c);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : Integer.MAX_VALUE;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    // The server reads every byte of a multibyte character as a letter, so any non-ASCII character is one too.
    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private enum QuoteStyle {
        STANDARD(false, true),
        ESCAPED(true, true),
        // PostgreSQL ends a bit string at its first quote; a doubled quote there starts a new plain string.
        BITS(false, false);

        private final boolean backslashEscapes;
        private final boolean doubledQuoteEscapes;

        QuoteStyle(boolean backslashEscapes, boolean doubledQuoteEscapes) {
            this.backslashEscapes = backslashEscapes;
            this.doubledQuoteEscapes = doubledQuoteEscapes;
        }
    }
}
