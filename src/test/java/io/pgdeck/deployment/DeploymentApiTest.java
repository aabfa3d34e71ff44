package io.pgdeck.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeploymentApiTest {

    @Nested
    class SingleTenant extends SingleTenantTest {

        @Test
        void describesStagingSingleTenantWithEveryCapabilityOfASuperuser() {
            JsonNode deployment = loggedIn().get("/api/v1/deployment").json();

            assertThat(deployment.get("environment").asString()).isEqualTo("staging");
            assertThat(deployment.get("tenancy").asString()).isEqualTo("single");
            assertThat(deployment.get("impactLevel").asString()).isEqualTo("IL2");
            assertThat(deployment.at("/server/version").asString()).startsWith("15.");
            assertThat(deployment.at("/server/port").asInt()).isEqualTo(TestPostgres.port());
            assertThat(deployment.at("/server/role/name").asString()).isEqualTo("postgres");
            assertThat(deployment.at("/server/role/superuser").asBoolean()).isTrue();
            assertThat(deployment.at("/capabilities/write").asBoolean()).isTrue();
            assertThat(deployment.at("/capabilities/createDatabase").asBoolean())
                    .isTrue();
            assertThat(deployment.at("/capabilities/createRole").asBoolean()).isTrue();
            assertThat(deployment.at("/banner/text").asString()).contains("STAGING");
            assertThat(deployment.at("/user/name").asString()).isEqualTo("team");
        }
    }

    @Nested
    class MultiTenant extends MultiTenantTest {

        @Test
        void cannotCreateDatabasesOrRoles() {
            JsonNode deployment = loggedIn().get("/api/v1/deployment").json();

            assertThat(deployment.get("tenancy").asString()).isEqualTo("multi");
            assertThat(deployment.at("/server/role/name").asString()).isEqualTo("team_alpha");
            assertThat(deployment.at("/server/role/superuser").asBoolean()).isFalse();
            assertThat(deployment.get("impactLevel").asString()).isEqualTo("IL4");
            assertThat(deployment.at("/capabilities/write").asBoolean()).isTrue();
            assertThat(deployment.at("/capabilities/backup").asBoolean()).isTrue();
            assertThat(deployment.at("/capabilities/createDatabase").asBoolean())
                    .isFalse();
            assertThat(deployment.at("/capabilities/createRole").asBoolean()).isFalse();
        }
    }

    @Nested
    class Production extends ProductionTest {

        @Test
        void isReadOnlyWithoutBackupOrRestoreAndARedStrip() {
            JsonNode deployment = loggedIn().get("/api/v1/deployment").json();

            assertThat(deployment.get("environment").asString()).isEqualTo("production");
            assertThat(deployment.get("capabilities").properties())
                    .allSatisfy(capability ->
                            assertThat(capability.getValue().asBoolean()).isFalse());
            assertThat(deployment.at("/banner/text").asString()).contains("READ-ONLY");
            assertThat(deployment.at("/banner/color").asString()).isEqualTo("#b91c1c");
        }
    }
}
