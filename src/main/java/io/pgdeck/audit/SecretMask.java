package io.pgdeck.audit;

import io.pgdeck.sql.SecretMasking;

/**
 * The one place the audit log masks what it keeps of a statement: password literals ({@code CREATE ROLE x PASSWORD
 * 'secret'}) become {@link SecretMasking#MASK}, by the lexer's reading of the text, as the query history masks them.
 */
final class SecretMask {

    private SecretMask() {}

    static String mask(String sql) {
        return SecretMasking.mask(sql);
    }
}
