package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "May this deployment do this here?" is asked the same way by every writer: what production does not allow is refused
 * (403) before the database is looked at, so a database that does not exist gets the same answer as the real one and
 * nothing is touched.
 */
class ReadOnlyRefusalOrderTest extends ProductionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/schemas | {\"name\":\"made_in_production\"} | read-only",
                "/schemas/public/tables/accounts/changes | {\"changes\":[]} | read-only",
                "/schemas/public/tables/accounts/import | {\"file\":\"a.csv\"} | read-only",
                "/maintenance | {\"operation\":\"vacuum\"} | does not allow",
                "/backups | {\"scope\":\"database\",\"file\":\"x.dump\"} | Backups are not available",
                "/restores | {\"file\":\"x.dump\"} | Restores are not available",
                "/restores/analysis | {\"file\":\"x.dump\"} | Restores are not available"
            })
    void aWriteIsRefusedForWhatItIsBeforeTheDatabaseIsLookedUp(String path, String body, String reason) {
        Client client = loggedIn();
        for (String database : new String[] {TestPostgres.PRODUCTION_DATABASE, "no_such_database"}) {
            Client.Response answer = client.postJson("/api/v1/databases/" + database + path, body);

            assertThat(answer.status())
                    .as(database + path + ": " + answer.body())
                    .isEqualTo(403);
            assertThat(answer.json().get("detail").asString()).contains(reason);
        }
    }
}
