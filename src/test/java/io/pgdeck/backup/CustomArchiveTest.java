package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole and cut custom archives, written by the real pg_dump, told apart without decompressing them. */
class CustomArchiveTest {

    @TempDir
    Path folder;

    @AfterEach
    void dropTheSchema() {
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE, "DROP SCHEMA archive_check CASCADE", "SELECT lo_unlink(4242)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--compress=6", "--compress=0"})
    void tellsAWholeArchiveFromOneCutAnywhere(String compression) throws Exception {
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "CREATE SCHEMA archive_check",
                "CREATE TABLE archive_check.rows AS SELECT g, md5(g::text) AS h FROM generate_series(1, 20000) g",
                "SELECT lo_from_bytea(4242, 'a large object, so the archive ends with BLOBS')");
        Path whole = folder.resolve("whole.dump");
        PgDumpOracle.run(
                "pg_dump",
                "--format=custom",
                compression,
                "--dbname=" + TestPostgres.SINGLE_DATABASE,
                "--file=" + whole);
        byte[] bytes = Files.readAllBytes(whole);

        assertThat(CustomArchive.check(whole)).isEqualTo(CustomArchive.Verdict.WHOLE);
        for (int cut :
                new int[] {1, 9, 100, bytes.length / 3, bytes.length / 2, bytes.length - 200, bytes.length - 1}) {
            Path truncated = folder.resolve("cut-" + cut + ".dump");
            Files.write(truncated, Arrays.copyOf(bytes, bytes.length - cut));
            assertThat(CustomArchive.check(truncated))
                    .as("cut " + cut + " bytes")
                    .isEqualTo(CustomArchive.Verdict.TRUNCATED);
        }
    }
}
