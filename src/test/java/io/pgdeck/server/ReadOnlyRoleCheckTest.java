package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.Environment;
import io.pgdeck.deployment.ImpactLevel;
import io.pgdeck.deployment.InvalidSettingException;
import io.pgdeck.deployment.Tenancy;
import io.pgdeck.testing.TestPostgres;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start-up check that keeps a role that can write out of production, one power at a time. */
class ReadOnlyRoleCheckTest {

    private static final AtomicInteger roles = new AtomicInteger();
    private static final DeploymentSettings PRODUCTION =
            new DeploymentSettings(Environment.PRODUCTION, Tenancy.MULTI, ImpactLevel.IL5);

    @Test
    void theFixturesReaderHasNoWayToWrite() {
        ServerConnections reader = connectionsAs(TestPostgres.READER_ROLE, TestPostgres.READER_PASSWORD);

        assertThat(ReadOnlyRoleCheck.writePowers(reader, TestPostgres.PRODUCTION_DATABASE))
                .isEmpty();
        ReadOnlyRoleCheck.refuseLargeObjectPowers(reader, TestPostgres.PRODUCTION_DATABASE, TestPostgres.READER_ROLE);
        reader.destroy();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ALTER ROLE %s SUPERUSER                                          | SUPERUSER",
                "ALTER ROLE %s CREATEROLE                                         | CREATEROLE",
                "ALTER ROLE %s CREATEDB                                           | CREATEDB",
                "ALTER ROLE %s BYPASSRLS                                          | BYPASSRLS",
                "GRANT INSERT ON public.accounts TO %s                            | INSERT on public.accounts",
                "GRANT UPDATE ON public.accounts TO %s                            | UPDATE on public.accounts",
                "GRANT DELETE ON public.accounts TO %s                            | DELETE on public.accounts",
                "GRANT TRUNCATE ON public.accounts TO %s                          | TRUNCATE on public.accounts",
                "GRANT CREATE ON SCHEMA public TO %s                              | CREATE on schema public",
                "GRANT CREATE ON DATABASE prod_app TO %s                          | CREATE on database prod_app",
                "GRANT TEMPORARY ON DATABASE prod_app TO %s                       | TEMPORARY on database prod_app",
                "GRANT prod_owner TO %s                                           | owns database prod_app (through role prod_owner)",
                "GRANT USAGE ON SEQUENCE public.readonly_probe_seq TO %s          | USAGE on sequence public.readonly_probe_seq",
            })
    void refusesARoleWithAnyWayToWrite(String grant, String expectedPower) {
        String role = "writer_" + roles.incrementAndGet();
        TestPostgres.execute(
                "postgres",
                "CREATE ROLE " + role + " LOGIN PASSWORD 'w'",
                "GRANT CONNECT ON DATABASE prod_app TO " + role);
        TestPostgres.execute(
                "prod_app",
                "CREATE SEQUENCE IF NOT EXISTS public.readonly_probe_seq",
                "ALTER SEQUENCE public.readonly_probe_seq OWNER TO postgres",
                "GRANT USAGE ON SCHEMA public TO " + role,
                String.format(grant, role));
        ServerConnections writer = connectionsAs(role, "w");
        try {
            assertThat(ReadOnlyRoleCheck.writePowers(writer, TestPostgres.PRODUCTION_DATABASE))
                    .contains(expectedPower);
            assertThatThrownBy(() -> new ReadOnlyRoleCheck(
                            PRODUCTION, writer, new DatabaseDirectory(writer, PRODUCTION), ServerInfo.read(writer)))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("production needs a read-only role, but role " + role + " can write")
                    .hasMessageContaining(expectedPower)
                    .hasMessageContaining("README.md")
                    .hasMessageNotContaining("\n");
        } finally {
            writer.destroy();
        }
    }

    @Test
    void refusesARoleThatMayCreateLargeObjectsAndSaysWhatToRevoke() {
        String role = "lo_writer_" + roles.incrementAndGet();
        TestPostgres.execute(
                "postgres",
                "CREATE ROLE " + role + " LOGIN PASSWORD 'w'",
                "GRANT CONNECT ON DATABASE prod_app TO " + role);
        TestPostgres.execute("prod_app", "GRANT EXECUTE ON FUNCTION lo_create(oid) TO " + role);
        ServerConnections writer = connectionsAs(role, "w");
        try {
            assertThatThrownBy(() -> new ReadOnlyRoleCheck(
                            PRODUCTION, writer, new DatabaseDirectory(writer, PRODUCTION), ServerInfo.read(writer)))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("may create or change large objects in database prod_app (lo_create(oid))")
                    .hasMessageContaining("REVOKE EXECUTE ON FUNCTION lo_create(oid) FROM PUBLIC")
                    .hasMessageNotContaining("\n");
        } finally {
            writer.destroy();
        }
    }

    @Test
    void aStagingDeploymentIsNotChecked() {
        ServerConnections superuser = connectionsAs(TestPostgres.SUPERUSER, "");
        DeploymentSettings staging = new DeploymentSettings(Environment.STAGING, Tenancy.SINGLE, ImpactLevel.IL2);

        new ReadOnlyRoleCheck(
                staging, superuser, new DatabaseDirectory(superuser, staging), ServerInfo.read(superuser));
        superuser.destroy();
    }

    static ServerConnections connectionsAs(String role, String password) {
        ServerEndpoint endpoint = new ServerEndpoint(
                "test", "127.0.0.1", TestPostgres.port(), TestPostgres.PRODUCTION_DATABASE, role, password, "disable");
        ManagedServerProperties properties = new ManagedServerProperties(
                "test",
                "127.0.0.1",
                TestPostgres.port(),
                TestPostgres.PRODUCTION_DATABASE,
                role,
                password,
                null,
                "disable",
                Duration.ofMinutes(1),
                Duration.ofMinutes(1),
                Duration.ofSeconds(5),
                2,
                20);
        return new ServerConnections(endpoint, properties, PRODUCTION);
    }
}
