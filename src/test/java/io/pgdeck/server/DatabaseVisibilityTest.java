package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DatabaseVisibilityTest {

    static List<String> names(JsonNode databases) {
        return StreamSupport.stream(databases.spliterator(), false)
                .map(database -> database.get("name").asString())
                .toList();
    }

    @Nested
    class MultiTenant extends MultiTenantTest {

        @Test
        void listsOnlyTheTeamsDatabaseThoughTheRoleCouldConnectToOthers() {
            List<String> listed = names(loggedIn().get("/api/v1/databases").json());

            assertThat(listed).containsExactly(TestPostgres.TEAM_DATABASE);
        }
    }

    @Nested
    class SingleTenant extends SingleTenantTest {

        @Test
        void listsEveryConnectableDatabaseButTemplates() {
            List<String> listed = names(loggedIn().get("/api/v1/databases").json());

            assertThat(listed)
                    .contains("postgres", TestPostgres.SINGLE_DATABASE, TestPostgres.TEAM_DATABASE, "team_beta")
                    .doesNotContain("template0", "template1");
        }
    }
}
