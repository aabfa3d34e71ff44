package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ALTER ROLE app PASSWORD 's3cret' | ALTER ROLE app PASSWORD '********'",
                "create user app with encrypted password 'it''s' login | "
                        + "create user app with encrypted password '********' login",
                "ALTER USER app WITH PASSWORD E'a\\'b' VALID UNTIL 'infinity' | "
                        + "ALTER USER app WITH PASSWORD '********' VALID UNTIL 'infinity'",
                "ALTER ROLE app PASSWORD /* new */ $$s3cret$$ | ALTER ROLE app PASSWORD /* new */ '********'",
                "CREATE USER MAPPING FOR app SERVER s OPTIONS (user 'u', password 'p') | "
                        + "CREATE USER MAPPING FOR app SERVER s OPTIONS (user 'u', password '********')",
            })
    void masksTheLiteralAfterPassword(String typed, String kept) {
        assertThat(SecretMasking.mask(typed)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 'password' AS word",
                "ALTER ROLE app PASSWORD NULL",
                "SELECT * FROM accounts WHERE password_hash = 'x'",
            })
    void leavesEverythingElseAsTyped(String sql) {
        assertThat(SecretMasking.mask(sql)).isEqualTo(sql);
    }
}
