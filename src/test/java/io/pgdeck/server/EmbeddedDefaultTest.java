package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.PgdeckApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
        }
        Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();

        try (ConfigurableApplicationContext second = start(state)) {
            assertThat(count(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'kept_by_the_team'"))
                    .isEqualTo(1);
            assertThat(count(second, "SELECT count(*) FROM store.orders")).isEqualTo(20_000);
        }
        assertThat(PRINTED_PASSWORD.matcher(output.getOut()).results().count())
                .as("the generated password is printed at the first start only")
                .isEqualTo(1);
        assertThat(Files.readString(state.resolve("postgres").resolve("PG_VERSION"))
                        .strip())
                .isEqualTo("15");
    }

    private static ConfigurableApplicationContext start(Path state) {
        return new SpringApplicationBuilder(PgdeckApplication.class)
                .run("--server.port=0", "--pgdeck.state.dir=" + state);
    }

    private static long count(ConfigurableApplicationContext context, String sql) throws SQLException {
        try (Connection connection = context.getBean(ServerConnections.class).open("demo");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(ConfigurableApplicationContext context, String sql) throws SQLException {
        try (Connection connection = context.getBean(ServerConnections.class).open("demo")) {
            connection.createStatement().execute(sql);
        }
    }
}
