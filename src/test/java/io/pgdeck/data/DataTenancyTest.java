package io.pgdeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A team sees and edits the data of its own database, and another team's is not there at all. */
class DataTenancyTest extends MultiTenantTest {

    @Test
    void readsItsOwnTablesAndFindsNoOtherTeamsDatabase() {
        Client client = loggedIn();

        var own = client.get("/api/v1/databases/team_alpha/schemas/app/tables/widgets/rows?limit=2");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("editable").asBoolean()).isTrue();
        assertThat(own.json().at("/rows/1/1").asString()).isEqualTo("widget 2");

        assertThat(client.get("/api/v1/databases/team_beta/schemas/public/tables/secrets/rows")
                        .status())
                .isEqualTo(404);
        assertThat(client.postJson("/api/v1/databases/team_beta/schemas/public/tables/secrets/changes", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/databases/team_beta/schemas/public/tables/secrets/export")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void importsIntoItsOwnTablesAndFindsNoOtherTeamsDatabaseToImportInto() {
        Client client = loggedIn();
        String body = "id,name\n9001,imported widget\n";

        var own = client.send(client.withCsrf(HttpRequest.newBuilder(
                        client.uri("/api/v1/databases/team_alpha/schemas/app/tables/widgets/import")))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(own.status()).as(own.body()).isEqualTo(202);
        JsonNode job = JobWaiter.awaitEnd(client, own.json().get("jobId").asLong());
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(DataFixture.scalar(TestPostgres.TEAM_DATABASE, "SELECT name FROM app.widgets WHERE id = 9001"))
                .isEqualTo("imported widget");
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DELETE FROM app.widgets WHERE id = 9001");

        var other = client.send(client.withCsrf(HttpRequest.newBuilder(
                        client.uri("/api/v1/databases/team_beta/schemas/public/tables/secrets/import")))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(other.status()).isEqualTo(404);
        assertThat(client.postJson(
                                "/api/v1/databases/team_beta/schemas/public/tables/secrets/import",
                                "{\"file\": \"secrets.csv\"}")
                        .status())
                .isEqualTo(404);
    }
}
