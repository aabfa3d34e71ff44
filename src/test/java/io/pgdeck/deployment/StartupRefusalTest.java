package io.pgdeck.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.PgdeckApplication;
import io.pgdeck.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An unsafe or contradictory configuration stops the start with one line that says what to fix. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    @Test
    void anUnknownEnvironmentStopsTheStartBeforeAnyServerIsLaunched(CapturedOutput output) throws Exception {
        assertThatThrownBy(() -> start("--pgdeck.deployment.environment=prod"))
                .hasRootCauseInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll())
                .contains("pgdeck cannot start: pgdeck.deployment.environment: 'prod' is not known."
                        + " Fix: set it to staging or production")
                .doesNotContain("embedded PostgreSQL");
    }

    @Test
    void productionWithARoleThatCanWriteIsRefused(CapturedOutput output) throws Exception {
        assertThatThrownBy(() -> start(
                        "--pgdeck.server.host=127.0.0.1",
                        "--pgdeck.server.port=" + TestPostgres.port(),
                        "--pgdeck.server.username=" + TestPostgres.SUPERUSER,
                        "--pgdeck.server.database=" + TestPostgres.PRODUCTION_DATABASE,
                        "--pgdeck.server.sslmode=disable",
                        "--pgdeck.deployment.environment=production",
                        "--pgdeck.deployment.tenancy=multi"))
                .hasRootCauseInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll())
                .contains("pgdeck cannot start: pgdeck.server.username: production needs a read-only role,"
                        + " but role postgres can write: SUPERUSER");
    }

    @Test
    void multiTenantWithoutTheTeamsDatabaseIsRefused(CapturedOutput output) throws Exception {
        assertThatThrownBy(() -> start(
                        "--pgdeck.server.host=127.0.0.1",
                        "--pgdeck.server.port=" + TestPostgres.port(),
                        "--pgdeck.server.username=" + TestPostgres.TEAM_ROLE,
                        "--pgdeck.deployment.tenancy=multi"))
                .hasRootCauseInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll()).contains("pgdeck.server.database: multi-tenant needs the team's own database");
    }

    private static void start(String... arguments) throws Exception {
        Path state = Files.createTempDirectory("pgdeck-refused-");
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--pgdeck.state.dir=" + state;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        new SpringApplicationBuilder(PgdeckApplication.class).run(all).close();
    }
}
