package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An export holds the result the user ran, from the same execution: a statement with side effects never runs again
 * because of it, and a result that is no longer whole is refused rather than exported in part.
 */
class ExportSameExecutionTest extends SingleTenantTest {

    @Test
    void exportingAResultNotReadToItsEndDoesNotRunItAgain() {
        TestPostgres.execute("shop", "DROP SEQUENCE IF EXISTS export_once", "CREATE SEQUENCE export_once");
        SessionClient tab = SessionClient.open(loggedIn(), "shop");
        try {
            String resultId = tab.execute("select nextval('export_once') AS n from generate_series(1, 5000)")
                    .at("/results/0/resultId")
                    .asString();

            Client.Response csv = tab.export(resultId, "csv");

            String expected = "n\n"
                    + IntStream.rangeClosed(1, 5000).mapToObj(String::valueOf).collect(Collectors.joining("\n"))
                    + "\n";
            assertThat(csv.body()).isEqualTo(expected);
            assertThat(tab.http
                            .get(tab.path() + "/results/" + resultId + "/export?format=csv&name=Sales%2FQ1")
                            .header("Content-Disposition"))
                    .as("named after the tab it was exported from")
                    .contains("filename=\"Sales Q1.csv\"");
            assertThat(tab.execute("select last_value from export_once")
                            .at("/results/0/rows/0/0")
                            .asLong())
                    .as("the sequence moved once, for the run the user made")
                    .isEqualTo(5000);
        } finally {
            tab.delete();
        }
    }

    @Test
    void aResultThatIsNoLongerWholeIsNotExportedInPart() {
        SessionClient tab = SessionClient.open(loggedIn(), "shop");
        try {
            String resultId = tab.execute("select g, 1 / (g - 1500) AS boom from generate_series(1, 5000) g")
                    .at("/results/0/resultId")
                    .asString();
            tab.http.get(tab.path() + "/results/" + resultId + "/rows?offset=1000&limit=1000");

            Client.Response refused = tab.export(resultId, "csv");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Content-Disposition")).isNull();
            assertThat(refused.json().get("detail").asString()).contains("not whole", "division by zero");
        } finally {
            tab.delete();
        }
    }
}
