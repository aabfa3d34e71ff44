package io.pgdeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import org.junit.jupiter.api.Test;

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
}
