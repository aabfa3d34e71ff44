package io.pgdeck.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** Production's dashboard: it sees and may cancel its own role's queries, and never ends a session. */
class ActivityProductionTest extends ProductionTest {

    @Test
    void mayCancelButNeverTerminate() throws Exception {
        Client client = loggedIn();
        try (Connection reader =
                TeamSessions.open(TestPostgres.READER_ROLE, TestPostgres.PRODUCTION_DATABASE, "production-probe")) {
            int pid = ActivityMultiTenantTest.awaitSession(client, "production-probe", "idle")
                    .get("pid")
                    .asInt();

            Client.Response terminate = ActivityMultiTenantTest.post(client, "/sessions/" + pid + "/terminate");
            assertThat(terminate.status()).isEqualTo(403);
            assertThat(terminate.json().get("detail").asString()).contains("staging only");
            assertThat(reader.isValid(2)).isTrue();

            assertThat(ActivityMultiTenantTest.post(client, "/sessions/" + pid + "/cancel")
                            .status())
                    .as("cancelling an idle session's (no) query is harmless and allowed")
                    .isEqualTo(204);
            assertThat(reader.isValid(2)).isTrue();
        }
    }
}
