package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreErrorsTest {

    @Test
    void pgRestoresFirstErrorNamesItsTocEntryAndTheReason() {
        RestoreErrors errors = read(
                "pg_restore: creating TABLE \"shop.orders\"",
                "pg_restore: while PROCESSING TOC:",
                "pg_restore: from TOC entry 215; 1259 16390 TABLE orders alice",
                "pg_restore: error: could not execute query: ERROR:  relation \"orders\" already exists",
                "Command was: CREATE TABLE shop.orders (",
                "pg_restore: from TOC entry 216; 1259 16391 TABLE items alice",
                "pg_restore: error: could not execute query: ERROR:  relation \"items\" already exists");

        assertThat(errors.note(1))
                .startsWith("TOC entry 215 (TABLE orders alice) failed: relation \"orders\" already exists\n")
                .endsWith("Exited with code 1: see the log.");
    }

    @Test
    void anArchiveErrorBeforeAnyEntryIsNamedAsPgRestores() {
        RestoreErrors errors = read("pg_restore: error: unsupported version (1.99) in file header");

        assertThat(errors.first()).contains("pg_restore failed: unsupported version (1.99) in file header");
    }

    @Test
    void psqlsFirstErrorNamesTheFailingStatement() {
        RestoreErrors errors = read(
                "CREATE TABLE",
                "psql:<stdin>:4: ERROR:  relation \"scripted.missing\" does not exist",
                "LINE 1: INSERT INTO scripted.missing VALUES (1);",
                "                    ^",
                "psql:<stdin>:9: ERROR:  current transaction is aborted");

        assertThat(errors.first())
                .contains("Statement \"INSERT INTO scripted.missing VALUES (1);\" failed:"
                        + " relation \"scripted.missing\" does not exist");
    }

    @Test
    void aToolThatNamedNoErrorKeepsTheExitCodeNote() {
        RestoreErrors errors = read("pg_restore: processing data for table \"shop.orders\"");

        assertThat(errors.first()).isEmpty();
        assertThat(errors.note(1)).isEqualTo("Exited with code 1: see the log.");
    }

    private static RestoreErrors read(String... lines) {
        RestoreErrors errors = new RestoreErrors();
        List.of(lines).forEach(errors);
        return errors;
    }
}
