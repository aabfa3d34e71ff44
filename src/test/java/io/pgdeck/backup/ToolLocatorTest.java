package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.ErrorResponseException;

/** Finding pg_dump by version among fake installations that only answer --version. */
class ToolLocatorTest {

    @TempDir
    Path root;

    @Test
    void picksTheNewestMajorAtLeastTheServersAndPrefersTheToolsDirForTheSameVersion() throws Exception {
        Path toolsDir = fake("tools", "pg_dump", "16.4");
        fake("path", "pg_dump", "14.11");
        fake("debian/17/bin", "pg_dump", "17.2");
        fake("debian/16/bin", "pg_dump", "16.9");
        fake("usr/pgsql-13/bin", "pg_dump", "13.20");
        List<Path> folders = ToolLocator.searchFolders(
                toolsDir,
                root.resolve("path") + ":" + root.resolve("nothing"),
                root.resolve("debian"),
                root.resolve("usr"));

        assertThat(folders)
                .containsExactly(
                        toolsDir,
                        root.resolve("path"),
                        root.resolve("nothing"),
                        root.resolve("debian/17/bin"),
                        root.resolve("debian/16/bin"),
                        root.resolve("usr/pgsql-13/bin"));
        ToolLocator locator = new ToolLocator(folders);
        assertThat(locator.locate("pg_dump", 15, "15.14").path()).isEqualTo(root.resolve("debian/17/bin/pg_dump"));
        assertThat(locator.locate("pg_dump", 17, "17.0").version()).isEqualTo("17.2");
        assertThat(locator.locate("pg_dump", 13, "13.1").major()).isEqualTo(17);

        ToolLocator without17 = new ToolLocator(List.of(toolsDir, root.resolve("debian/16/bin")));
        assertThat(without17.locate("pg_dump", 15, "15.14").path()).isEqualTo(toolsDir.resolve("pg_dump"));
    }

    @Test
    void failsNamingWhatToInstallWhenNoneIsRecentEnough() throws Exception {
        Path old = fake("old", "pg_dump", "14.11");
        fake("broken", "pg_dump", "not a version");
        ToolLocator locator = new ToolLocator(List.of(old, root.resolve("broken"), root.resolve("missing")));

        assertThatThrownBy(() -> locator.locate("pg_dump", 15, "15.14"))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(503);
                    assertThat(problem.getBody().getDetail())
                            .contains("PostgreSQL 15.14", "pg_dump 14.11", "postgresql-client-15", "pgdeck.tools.dir");
                });
        assertThatThrownBy(() -> new ToolLocator(List.of(root.resolve("missing"))).locate("psql", 16, "16.2"))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        problem -> assertThat(problem.getBody().getDetail())
                                .contains("none was found", "postgresql-client-16"));
    }

    @Test
    void findsTheMachinesPostgresql15Tools() {
        ToolLocator locator = new ToolLocator(ToolLocator.searchFolders(
                null, System.getenv("PATH"), Path.of("/usr/lib/postgresql"), Path.of("/usr")));

        PostgresTool psql = locator.locate("psql", 15, "15.14");

        assertThat(psql.major()).isGreaterThanOrEqualTo(15);
        assertThat(psql.path().getFileName().toString()).isEqualTo("psql");
        assertThat(psql.knowsRestrict()).isTrue();
    }

    private Path fake(String folder, String name, String version) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"" + name + " (PostgreSQL) " + version + "\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    @Test
    void aPlainScriptIsNeverFedToAPsqlThatCannotRestrictMetaCommands() {
        PostgresTool old = new PostgresTool("psql", Path.of("/old/psql"), 15, 13);
        assertThatThrownBy(() -> old.restrictKey("team.sql"))
                .isInstanceOf(NotRestorableException.class)
                .hasMessageContaining("restricts meta-commands")
                .hasMessageContaining("15.13");
        for (PostgresTool current : List.of(
                new PostgresTool("psql", Path.of("/p"), 15, 14),
                new PostgresTool("psql", Path.of("/p"), 16, 10),
                new PostgresTool("psql", Path.of("/p"), 17, 6),
                new PostgresTool("psql", Path.of("/p"), 18, 0))) {
            assertThat(current.restrictKey("team.sql")).matches("[0-9a-f]{32}");
        }
    }
}
