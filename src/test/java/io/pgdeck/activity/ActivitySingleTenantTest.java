package io.pgdeck.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Single-tenant: the server's sessions across its databases, narrowed to one on request. */
class ActivitySingleTenantTest extends SingleTenantTest {

    @Test
    void seesSessionsOfEveryDatabaseAndNarrowsToOne() throws Exception {
        Client client = loggedIn();
        try (Connection other = TeamSessions.open(TestPostgres.SUPERUSER, "postgres", "other-database-probe");
                Connection shop =
                        TeamSessions.open(TestPostgres.SUPERUSER, TestPostgres.SINGLE_DATABASE, "shop-probe")) {
            ActivityMultiTenantTest.awaitSession(client, "shop-probe", "idle");
            JsonNode session = ActivityMultiTenantTest.awaitSession(client, "other-database-probe", "idle");
            assertThat(session.get("database").asString()).isEqualTo("postgres");

            List<String> narrowed = client.get("/api/v1/activity/sessions?database=" + TestPostgres.SINGLE_DATABASE)
                    .json()
                    .findValuesAsString("database");
            assertThat(narrowed).isNotEmpty().containsOnly(TestPostgres.SINGLE_DATABASE);
            assertThat(client.get("/api/v1/activity/sessions/"
                                    + session.get("pid").asInt() + "/query")
                            .json()
                            .get("query")
                            .asString())
                    .isEqualTo("SET application_name = 'other-database-probe'");
        }
    }
}
