package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** On request, both CSV exports neutralise cells a spreadsheet would run as formulas; by default they are as stored. */
class SpreadsheetSafeExportTest extends SingleTenantTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Test
    void aQueryResultAndATableExportCanBeMadeSafeForSpreadsheets() {
        TestPostgres.execute(
                "shop",
                "DROP TABLE IF EXISTS csv_formulas",
                "CREATE TABLE csv_formulas (id int PRIMARY KEY, note text)",
                "INSERT INTO csv_formulas VALUES (1, '" + FORMULA.replace("'", "''") + "'), (2, '@SUM(1)'), (3, 'ok')");
        Client client = loggedIn();
        String table = "/api/v1/databases/shop/schemas/public/tables/csv_formulas/export?format=csv&sort=id";

        assertThat(client.get(table).body()).contains("\"=HYPERLINK(");
        assertThat(client.get(table + "&neutralizeFormulas=true").body())
                .isEqualTo("id,note\n1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\n2,'@SUM(1)\n3,ok\n");

        SessionClient tab = SessionClient.open(client, "shop");
        try {
            String resultId = tab.execute("select note from csv_formulas order by id", 1)
                    .at("/results/0/resultId")
                    .asString();
            String path = tab.path() + "/results/" + resultId + "/export?format=csv&neutralizeFormulas=true";
            assertThat(client.get(path).body())
                    .startsWith("note\n\"'=HYPERLINK(")
                    .contains("\n'@SUM(1)\nok\n");
        } finally {
            tab.delete();
        }
    }
}
