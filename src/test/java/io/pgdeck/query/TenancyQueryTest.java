package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TenancyQueryTest extends MultiTenantTest {

    @Test
    void anotherTeamsDatabaseIs404AndUntouched() throws Exception {
        Response response = loggedIn().query("team_beta", "DROP TABLE secrets");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        try (Connection beta = TestPostgres.connect("team_beta");
                ResultSet exists = beta.createStatement().executeQuery("SELECT to_regclass('secrets') IS NOT NULL")) {
            exists.next();
            assertThat(exists.getBoolean(1)).isTrue();
        }
    }

    @Test
    void theTeamCanWriteInItsOwnDatabaseButNotCreateDatabasesOrRoles() {
        Response answer = loggedIn()
                .query(
                        "team_alpha",
                        "CREATE TABLE app.scratch (id int); DROP TABLE app.scratch; CREATE DATABASE sneaky");

        assertThat(answer.json().get("results")).hasSize(2);
        assertThat(answer.json().at("/error/sqlState").asString()).isEqualTo("42501");
    }

    @Test
    void aQuerySessionOpensOnlyOnTheTeamsOwnDatabase() {
        Response elsewhere = loggedIn().postJson("/api/v1/databases/team_beta/query-sessions", "{}");
        assertThat(elsewhere.status()).isEqualTo(404);

        SessionClient tab = SessionClient.open(loggedIn(), "team_alpha");
        assertThat(tab.execute("SELECT current_database()")
                        .at("/results/0/rows/0/0")
                        .asString())
                .isEqualTo("team_alpha");
        assertThat(loggedIn().get("/api/v1/databases/team_beta/completion").status())
                .isEqualTo(404);
        tab.delete();
    }
}
