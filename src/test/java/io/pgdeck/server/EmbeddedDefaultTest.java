package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.PgdeckApplication;
import io.pgdeck.deployment.DeploymentSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The run command with no configuration: an embedded server with the demo, kept across restarts. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("username: team {2}password: ([A-Za-z0-9]{24})\\b");

    @Test
    void startsTheDemoPrintsTheLoginOnceAndKeepsChangesAcrossARestart(CapturedOutput output) throws Exception {
        Path state = Files.createTempDirectory("pgdeck-embedded-");

        try (ConfigurableApplicationContext first = start(state)) {
            assertThat(first.getBean(DatabaseDirectory.class).visibleDatabases())
                    .contains("demo", "postgres");
            assertThat(count(first, "SELECT count(*) FROM store.orders")).isEqualTo(20_000);
            assertThat(count(first, "SELECT count(*) FROM store.order_items")).isGreaterThan(50_000);
            execute(first, "CREATE TABLE public.kept_by_the_team (id int)");
            // Durable as any server holding a team's data: a commit is on disk when it is acknowledged.
            assertThat(text(first, "SHOW fsync")).isEqualTo("on");
            assertThat(text(first, "SHOW synchronous_commit")).isEqualTo("on");
            assertTheServerIsNotRoot(first, state);
        }
        Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();

        try (ConfigurableApplicationContext second = start(state)) {
            assertThat(count(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'kept_by_the_team'"))
                    .isEqualTo(1);
            assertOnlyThePasswordLetsAnyoneIn(second, state);
            assertThat(count(second, "SELECT count(*) FROM store.orders")).isEqualTo(20_000);
        }
        assertThat(PRINTED_PASSWORD.matcher(output.getOut()).results().count())
                .as("the generated password is printed at the first start only")
                .isEqualTo(1);
        assertThat(Files.readString(state.resolve("postgres").resolve("PG_VERSION"))
                        .strip())
                .isEqualTo("15");
    }

    @ParameterizedTest
    @CsvSource({
        // demo shape, environment, tenancy, role, databases it sees, can write
        "multi-tenant, staging,    multi, demo_team,   demo, true",
        "production,   production, multi, demo_reader, demo, false",
    })
    void playsEveryDeploymentShapeOnALaptop(
            String demo, String environment, String tenancy, String role, String databases, boolean canWrite)
            throws Exception {
        Path state = Files.createTempDirectory("pgdeck-demo-");

        try (ConfigurableApplicationContext context = start(state, "--demo", demo)) {
            DeploymentSettings settings = context.getBean(DeploymentSettings.class);
            assertThat(settings.environment().value()).isEqualTo(environment);
            assertThat(settings.tenancy().value()).isEqualTo(tenancy);
            assertThat(context.getBean(ServerInfo.class).roleName()).isEqualTo(role);
            assertThat(context.getBean(DatabaseDirectory.class).visibleDatabases())
                    .containsExactly(databases);
            assertThat(context.getBean(Capabilities.class).write()).isEqualTo(canWrite);
            assertThat(count(context, "SELECT count(*) FROM store.customers")).isEqualTo(5_000);
            if (tenancy.equals("multi") && canWrite) {
                assertThat(text(context, "SELECT has_database_privilege('team_beta', 'CONNECT')"))
                        .as("another team's database lets nobody but its team connect")
                        .isEqualTo("f");
            }
            String write = "UPDATE store.customers SET first_name = first_name WHERE id = 1";
            if (canWrite) {
                execute(context, write);
            } else {
                assertThatThrownBy(() -> execute(context, write)).isInstanceOf(SQLException.class);
            }
        }
    }

    /** No local account connects without the generated password, which is kept where only pgdeck's user reads it. */
    private static void assertOnlyThePasswordLetsAnyoneIn(ConfigurableApplicationContext context, Path state)
            throws Exception {
        Path passwordFile = state.resolve(EmbeddedPassword.FILE);
        assertThat(java.nio.file.Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        int port = context.getBean(ServerConnections.class).endpoint().port();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", ""))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", "guess"))
                .hasMessageContaining("password authentication failed");
        try (Connection withPassword =
                java.sql.DriverManager.getConnection(url, "postgres", Files.readString(passwordFile))) {
            assertThat(withPassword.isValid(2)).isTrue();
        }
    }

    /**
     * A superuser's COPY ... TO PROGRAM runs as the server's account: never root, even when pgdeck is (as in CI), and
     * the data directory is that account's.
     */
    private static void assertTheServerIsNotRoot(ConfigurableApplicationContext context, Path state) throws Exception {
        String programUid;
        try (Connection connection = context.getBean(ServerConnections.class).open("demo");
                var statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE server_account (uid text)");
            statement.execute("COPY server_account FROM PROGRAM 'id -u'");
            try (ResultSet row = statement.executeQuery("SELECT uid FROM server_account")) {
                row.next();
                programUid = row.getString(1);
            }
        }
        assertThat(programUid).as("the uid COPY ... FROM PROGRAM runs as").isNotEqualTo("0");
        assertThat(Files.getAttribute(state.resolve("postgres"), "unix:uid").toString())
                .as("the data directory belongs to the server's account")
                .isEqualTo(programUid);
        long postmaster = Long.parseLong(Files.readAllLines(state.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
        assertThat(Files.readAllLines(Path.of("/proc/" + postmaster + "/status")).stream()
                        .filter(line -> line.startsWith("Uid:"))
                        .findFirst()
                        .orElseThrow())
                .as("the postmaster's real and effective uids")
                .doesNotContain("\t0\t")
                .contains(programUid);
    }

    private static ConfigurableApplicationContext start(Path state, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--pgdeck.state.dir=" + state));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(PgdeckApplication.class)
                .run(PgdeckApplication.withDemoOption(arguments.toArray(String[]::new)));
    }

    private static long count(ConfigurableApplicationContext context, String sql) throws SQLException {
        return Long.parseLong(text(context, sql));
    }

    private static String text(ConfigurableApplicationContext context, String sql) throws SQLException {
        try (Connection connection = context.getBean(ServerConnections.class).open("demo");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(ConfigurableApplicationContext context, String sql) throws SQLException {
        try (Connection connection = context.getBean(ServerConnections.class).open("demo")) {
            connection.createStatement().execute(sql);
        }
    }
}
