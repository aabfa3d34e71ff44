package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scripts as psql does: statements, COPY data passed through byte for byte, meta-command lines. */
class PlainScriptReaderTest {

    private final List<String> seen = new ArrayList<>();

    @Test
    void readsStatementsCopyDataAndMetaCommandsInOrder() throws Exception {
        read("--\n-- PostgreSQL database dump\n--\n\n\\restrict abc\n"
                + "SET a = 1; SET b = 2;\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$;\n"
                + "COPY t (a, b) FROM stdin;\n1\tx;y\r\n2\t\\N\n\\.\n"
                + "INSERT INTO t VALUES (3, 'semi;colon\nnewline');\n"
                + "\\unrestrict abc\n");

        assertThat(seen)
                .containsExactly(
                        "meta \\restrict abc",
                        "statement SET a = 1",
                        "statement SET b = 2",
                        "statement CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$",
                        "copy-statement COPY t (a, b) FROM stdin",
                        "data 1\tx;y\r\n",
                        "data 2\t\\N\n",
                        "data \\.\n",
                        "statement INSERT INTO t VALUES (3, 'semi;colon\nnewline')",
                        "meta \\unrestrict abc",
                        "end  false");
    }

    @Test
    void aCopyOfAQueryReadingATableNamedStdinIsFollowedBySqlAsPsqlReadsIt() throws Exception {
        read("COPY (SELECT * FROM stdin) TO stdout;\nSET ROLE admin;\n\\! id\n");

        assertThat(seen)
                .containsExactly(
                        "statement COPY (SELECT * FROM stdin) TO stdout",
                        "statement SET ROLE admin",
                        "meta \\! id",
                        "end  false");
    }

    @Test
    void copyDataEndsOnlyAtALineThatIsExactlyBackslashDotAsInPsql() throws Exception {
        read("COPY t FROM stdin;\n\\. \nCREATE SCHEMA hidden;\n\\.\nSET ROLE admin;\n");

        assertThat(seen)
                .containsExactly(
                        "copy-statement COPY t FROM stdin",
                        "data \\. \n",
                        "data CREATE SCHEMA hidden;\n",
                        "data \\.\n",
                        "statement SET ROLE admin",
                        "end  false");
    }

    @Test
    void tellsAStatementOrCopyDataTheScriptEndsInside() throws Exception {
        read("SET a = 1;\nINSERT INTO t VALUES ('cut");
        assertThat(seen).containsExactly("statement SET a = 1", "end INSERT INTO t VALUES ('cut false");

        seen.clear();
        read("COPY t FROM stdin;\n1\n2\n");
        assertThat(seen).containsExactly("copy-statement COPY t FROM stdin", "data 1\n", "data 2\n", "end  true");
    }

    private void read(String script) throws Exception {
        PlainScriptReader.read(new StringReader(script), new PlainScriptReader.Visitor() {
            @Override
            public void statement(String text, boolean copyFromStdin) {
                seen.add((copyFromStdin ? "copy-statement " : "statement ") + text.replaceAll("^(--[^\n]*\n|\n)+", ""));
            }

            @Override
            public void copyData(String line) {
                seen.add("data " + line);
            }

            @Override
            public void metaCommand(String line) {
                seen.add("meta " + line);
            }

            @Override
            public void end(String unfinished, boolean insideCopy) {
                seen.add("end " + unfinished + " " + insideCopy);
            }
        });
    }
}
