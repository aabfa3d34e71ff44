package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import org.junit.jupiter.api.Test;

/** A password typed in the Query Tool is run as typed but kept in the history only masked. */
class HistoryMaskingTest extends SingleTenantTest {

    @Test
    void theHistoryKeepsAPasswordLiteralMasked() {
        Client client = loggedIn();
        SessionClient tab = SessionClient.open(client, "postgres");
        try {
            tab.execute(
                    "DROP ROLE IF EXISTS history_masking; CREATE ROLE history_masking LOGIN PASSWORD 'Tr0ub4dor&3'");
            client.query("postgres", "ALTER ROLE history_masking PASSWORD 'correct-horse-2'");
        } finally {
            tab.delete();
        }

        String history =
                client.get("/api/v1/query-history?search=history_masking").body();

        assertThat(history)
                .contains("CREATE ROLE history_masking LOGIN PASSWORD '********'")
                .doesNotContain("Tr0ub4dor", "correct-horse-2");
    }
}
