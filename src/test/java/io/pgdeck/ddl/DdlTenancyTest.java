package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A team sees the scripts of its own database only, read as its own (non-superuser) role. */
class DdlTenancyTest extends MultiTenantTest {

    @ParameterizedTest
    @ValueSource(strings = {"/schemas/app/ddl", "/schemas/app/tables/widgets/ddl"})
    void theTeamsOwnSchemaIsScripted(String path) {
        Client.Response response = loggedIn().get("/api/v1/databases/" + TestPostgres.TEAM_DATABASE + path);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("CREATE TABLE app.widgets (\n    id bigint NOT NULL,\n    name text NOT NULL\n);")
                .contains("ALTER TABLE app.widgets OWNER TO team_alpha;")
                .contains("ALTER TABLE ONLY app.widgets\n    ADD CONSTRAINT widgets_pkey PRIMARY KEY (id);");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/schemas/public/ddl", "/schemas/public/tables/secrets/ddl"})
    void anotherTeamsDatabaseIsNotFound(String path) {
        Client.Response response = loggedIn().get("/api/v1/databases/team_beta" + path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("There is no database named 'team_beta' here.");
    }
}
