package io.pgdeck.sql;

/**
 * A run of source text that PostgreSQL's scanner reads as one unit.
 *
 * @param text exactly the source characters the token covers
 * @param start offset of the first character in the scanned text
 * @param complete false for a literal, quoted identifier or comment that the text ends inside
 */
record Token(TokenKind kind, String text, int start, boolean complete) {

    int end() {
        return start + text.length();
    }

    /** Whitespace and comments: they separate tokens but never change what a statement does. */
    boolean isTrivia() {
        return kind == TokenKind.WHITESPACE || kind == TokenKind.LINE_COMMENT || kind == TokenKind.BLOCK_COMMENT;
    }

    /** True for an unquoted identifier or keyword that folds to {@code lowerCaseWord}. */
    boolean isWord(String lowerCaseWord) {
        return kind == TokenKind.WORD && word().equals(lowerCaseWord);
    }

    boolean isPunctuation(String punctuation) {
        return kind == TokenKind.PUNCTUATION && text.equals(punctuation);
    }

    /** An unquoted word as PostgreSQL folds it, or an empty string for any other token. */
    String word() {
        return kind == TokenKind.WORD ? Ascii.toLowerCase(text) : "";
    }
}
