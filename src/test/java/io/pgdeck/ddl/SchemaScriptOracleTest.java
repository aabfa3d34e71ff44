package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pg_dump is the oracle: the schema script the API gives for the corpus, replayed on an empty database, must make a
 * schema that pg_dump prints exactly as it prints the original.
 */
class SchemaScriptOracleTest extends SingleTenantTest {

    private static final String SCHEMA = "ddl_corpus";

    @BeforeAll
    static void corpus() {
        OracleDatabases.create();
    }

    private String script(String schema) {
        return script(OracleDatabases.DB, schema);
    }

    private String script(String database, String schema) {
        Client.Response response = loggedIn().get("/api/v1/databases/" + database + "/schemas/" + schema + "/ddl");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        return response.body();
    }

    @Test
    void theCorpusScriptReplayedOnAnEmptyDatabaseDumpsIdentically() {
        String script = script(SCHEMA);
        String fresh = OracleDatabases.fresh();
        try {
            OracleDatabases.replay(fresh, script);
            String original = OracleDatabases.dump(OracleDatabases.DB, SCHEMA);
            assertThat(original).contains("CREATE TABLE ddl_corpus.zz_customers", "CREATE POLICY own_rows");
            assertThat(OracleDatabases.dump(fresh, SCHEMA)).isEqualTo(original);
        } finally {
            OracleDatabases.drop(fresh);
        }
    }

    /** The embedded demo's schemas: a realistic shop, and reporting views over it in a second schema. */
    @Test
    void theDemoSchemasReplayedInOrderDumpIdentically() throws IOException {
        String demo = OracleDatabases.fresh();
        String fresh = OracleDatabases.fresh();
        try {
            for (String part : List.of("demo.sql", "demo-data.sql")) {
                try (InputStream in = SchemaScriptOracleTest.class.getResourceAsStream("/io/pgdeck/server/" + part)) {
                    TestPostgres.execute(demo, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            for (String schema : List.of("store", "reporting")) {
                OracleDatabases.replay(fresh, script(demo, schema));
            }
            for (String schema : List.of("store", "reporting")) {
                assertThat(OracleDatabases.dump(fresh, schema)).isEqualTo(OracleDatabases.dump(demo, schema));
            }
        } finally {
            OracleDatabases.drop(fresh);
            OracleDatabases.drop(demo);
        }
    }

    /** Every database already has public: its script leaves out CREATE SCHEMA and still recreates what it holds. */
    @Test
    void thePublicSchemaReplaysOnAnEmptyDatabase() {
        String source = OracleDatabases.fresh();
        String fresh = OracleDatabases.fresh();
        try {
            TestPostgres.execute(
                    source,
                    "CREATE TYPE public.size AS ENUM ('s', 'm', 'l')",
                    "CREATE TABLE public.shirts (id serial PRIMARY KEY, size public.size NOT NULL DEFAULT 'm')",
                    "CREATE VIEW public.large AS SELECT id FROM public.shirts WHERE size = 'l'",
                    "GRANT SELECT ON public.large TO ddl_reader");
            String script = script(source, "public");
            assertThat(script).doesNotContain("CREATE SCHEMA").contains("CREATE TABLE public.shirts (");
            OracleDatabases.replay(fresh, script);
            assertThat(OracleDatabases.dump(fresh, "public")).isEqualTo(OracleDatabases.dump(source, "public"));
        } finally {
            OracleDatabases.drop(fresh);
            OracleDatabases.drop(source);
        }
    }

    @Test
    void whatIsUsedComesBeforeItsUsersWhateverTheirNames() {
        String script = script(SCHEMA);
        assertThat(script)
                .containsSubsequence("CREATE TYPE ddl_corpus.zz_status", "CREATE TABLE ddl_corpus.a_orders")
                .containsSubsequence("CREATE DOMAIN ddl_corpus.zz_positive", "CREATE TABLE ddl_corpus.a_orders")
                .containsSubsequence("CREATE FUNCTION ddl_corpus.zz_normalise", "CREATE TABLE ddl_corpus.zz_customers")
                .containsSubsequence(
                        "CREATE TABLE ddl_corpus.zz_customers", "CREATE FUNCTION ddl_corpus.a_customer_count")
                .containsSubsequence(
                        "CREATE VIEW ddl_corpus.zz_customer_names", "CREATE VIEW ddl_corpus.a_order_summary")
                .containsSubsequence("CREATE AGGREGATE ddl_corpus.zz_total", "CREATE VIEW ddl_corpus.a_order_summary")
                .containsSubsequence(
                        "CREATE SEQUENCE ddl_corpus.zz_invoice_seq", "CREATE TABLE ddl_corpus.zz_customers")
                .containsSubsequence("ADD CONSTRAINT zz_customers_pkey", "ADD CONSTRAINT a_orders_customer_fk");
    }
}
