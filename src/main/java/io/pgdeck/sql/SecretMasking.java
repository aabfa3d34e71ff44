package io.pgdeck.sql;

import java.util.List;

/**
 * Text that pgdeck keeps (query history, the audit log) never keeps a password: the literal after the word PASSWORD
 * (CREATE/ALTER ROLE or USER ... [ENCRYPTED] PASSWORD '...', a user mapping's OPTIONS (password '...')) is replaced
 * with a mask. Everything else of the statement is kept as typed.
 */
public final class SecretMasking {

    public static final String MASK = "'********'";

    private SecretMasking() {}

    public static String mask(String sql) {
        if (sql == null || !sql.toLowerCase(java.util.Locale.ROOT).contains("password")) {
            return sql;
        }
        List<Token> tokens = SqlLexer.tokenize(sql);
        StringBuilder masked = new StringBuilder(sql.length());
        boolean afterPassword = false;
        for (Token token : tokens) {
            if (afterPassword && isLiteral(token)) {
                masked.append(MASK);
                afterPassword = false;
                continue;
            }
            masked.append(token.text());
            if (!token.isTrivia()) {
                afterPassword = token.isWord("password");
            }
        }
        return masked.toString();
    }

    private static boolean isLiteral(Token token) {
        return switch (token.kind()) {
            case STRING, ESCAPE_STRING, UNICODE_STRING, DOLLAR_STRING -> true;
            default -> false;
        };
    }
}
