package io.pgdeck.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state store made by an earlier pgdeck, whose migrations were spelled for SQLite only, still starts. */
class RespelledMigrationsTest {

    private static final Map<String, String> SQLITE =
            Map.of("id", "INTEGER PRIMARY KEY AUTOINCREMENT", "bytes", "BLOB");

    @TempDir
    Path dir;

    @Test
    void aStoreMadeWithTheOldSpellingMigratesToTheNewest() {
        String url = "jdbc:sqlite:" + dir.resolve("pgdeck.db");
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:io/pgdeck/state/legacy")
                .load()
                .migrate();

        Flyway current = current(url);
        new RespelledMigrations().migrate(current);

        assertThat(current.info().current().getVersion())
                .as("the store reached the newest migration pgdeck has")
                .isEqualTo(current.info().all()[current.info().all().length - 1].getVersion());
        assertThat(current.info().pending()).isEmpty();
        assertThat(current.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void anyOtherChangedMigrationStillStopsTheStart() throws Exception {
        Path tampered = Files.createDirectories(dir.resolve("tampered"));
        Files.writeString(tampered.resolve("V1__account.sql"), "CREATE TABLE something_else (id INTEGER);");
        String url = "jdbc:sqlite:" + dir.resolve("other.db");
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("filesystem:" + tampered)
                .load()
                .migrate();

        assertThatThrownBy(() -> new RespelledMigrations().migrate(current(url)))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum");
    }

    private static Flyway current(String url) {
        return Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(SQLITE)
                .load();
    }
}
