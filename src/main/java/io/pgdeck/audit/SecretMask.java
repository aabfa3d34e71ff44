package io.pgdeck.audit;

import java.util.regex.Pattern;

/**
 * Removes password literals from SQL before it is recorded ({@code CREATE ROLE x PASSWORD 'secret'} is kept as {@code
 * PASSWORD '***'}). The one place the audit log masks statements: point it at {@code sql/SecretMasking} once that
 * exists.
 */
public final class SecretMask {

    private static final Pattern PASSWORD_LITERAL =
            Pattern.compile("(?is)(\\bPASSWORD\\s+)(?:E?'(?:[^']|'')*'|\\$([A-Za-z_0-9]*)\\$.*?\\$\\2\\$)");

    private SecretMask() {}

    public static String mask(String sql) {
        return sql == null ? null : PASSWORD_LITERAL.matcher(sql).replaceAll("$1'***'");
    }
}
