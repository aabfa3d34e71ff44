package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.util.UriUtils;

/** What the SQL panel shows for one object, and the clear refusals for what is not there. */
class DdlApiTest extends SingleTenantTest {

    private static final String SCHEMAS = "/api/v1/databases/" + OracleDatabases.DB + "/schemas/";

    private Client client;

    @BeforeAll
    static void corpus() {
        OracleDatabases.create();
    }

    @BeforeEach
    void logIn() {
        client = loggedIn();
    }

    private String ddl(String schema, String kind, String name) {
        Client.Response response = client.get(path(schema, kind, name));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        return response.body();
    }

    private static String path(String schema, String kind, String name) {
        return SCHEMAS + schema + "/" + kind + "/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8) + "/ddl";
    }

    @Test
    void aTablesScriptHoldsEverythingThatBelongsToIt() {
        String script = ddl("ddl_corpus", "tables", "a_orders");

        assertThat(script)
                .containsSubsequence(
                        "CREATE SEQUENCE ddl_corpus.a_orders_id_seq",
                        "CREATE TABLE ddl_corpus.a_orders (",
                        "    id integer DEFAULT nextval('ddl_corpus.a_orders_id_seq'::regclass) NOT NULL,",
                        "ALTER TABLE ddl_corpus.a_orders OWNER TO postgres;",
                        "COMMENT ON COLUMN ddl_corpus.a_orders.id IS 'serial key';",
                        "ALTER SEQUENCE ddl_corpus.a_orders_id_seq OWNED BY ddl_corpus.a_orders.id;")
                .contains("ADD CONSTRAINT a_orders_pkey PRIMARY KEY (id);")
                .contains("ADD CONSTRAINT a_orders_no_overlap EXCLUDE USING gist (placed WITH &&) DEFERRABLE;")
                .contains("ADD CONSTRAINT a_orders_customer_fk FOREIGN KEY (customer_id) REFERENCES"
                        + " ddl_corpus.zz_customers(id) ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY"
                        + " DEFERRED NOT VALID;")
                .contains("CREATE TRIGGER a_orders_touch BEFORE UPDATE OF quantity, placed ON ddl_corpus.a_orders FOR"
                        + " EACH ROW WHEN (((old.quantity)::integer IS DISTINCT FROM (new.quantity)::integer))")
                .contains("CREATE CONSTRAINT TRIGGER a_orders_audit")
                .contains("ALTER TABLE ddl_corpus.a_orders DISABLE TRIGGER a_orders_statement;")
                .contains("CREATE RULE a_orders_no_delete AS")
                .contains("COMMENT ON RULE a_orders_no_delete ON ddl_corpus.a_orders IS 'big orders stay';")
                .contains("GRANT SELECT ON SEQUENCE ddl_corpus.a_orders_id_seq TO ddl_reader;")
                .doesNotContain("zz_customers_pkey", "CREATE TYPE", "CREATE SCHEMA");
    }

    @Test
    void aTablesScriptHasItsPoliciesStatisticsAndPrivileges() {
        String script = ddl("ddl_corpus", "tables", "zz_customers");

        assertThat(script)
                .contains(
                        "    id bigint GENERATED ALWAYS AS IDENTITY (\n        SEQUENCE NAME ddl_corpus.zz_customers_id_seq")
                .contains("    \"Display Name\" text COLLATE ddl_corpus.zz_nocase,")
                .contains("    name_key text GENERATED ALWAYS AS (ddl_corpus.zz_normalise(email)) STORED,")
                .contains("WITH (fillfactor='80', autovacuum_enabled='false', toast.autovacuum_enabled='false');")
                .contains("CREATE POLICY no_x ON ddl_corpus.zz_customers AS RESTRICTIVE USING")
                .contains("CREATE POLICY own_rows ON ddl_corpus.zz_customers FOR SELECT TO ddl_reader, ddl_writer")
                .contains("CREATE STATISTICS ddl_corpus.zz_customers_stats (ndistinct, dependencies) ON email, status")
                .contains("ALTER TABLE ddl_corpus.zz_customers CLUSTER ON zz_customers_pkey;")
                .contains("ALTER INDEX ddl_corpus.zz_customers_lower ALTER COLUMN 1 SET STATISTICS 300;")
                .containsSubsequence(
                        "SET SESSION AUTHORIZATION ddl_writer;",
                        "GRANT INSERT ON TABLE ddl_corpus.zz_customers TO ddl_reader;",
                        "RESET SESSION AUTHORIZATION;")
                .contains("GRANT SELECT(status),UPDATE(status) ON TABLE ddl_corpus.zz_customers TO ddl_reader;");
    }

    @Test
    void routinesAreNamedBySignatureOrByAnUnambiguousName() {
        assertThat(ddl("ddl_k_routine", "functions", "add(text,text)"))
                .contains("CREATE FUNCTION ddl_k_routine.add(a text, b text)")
                .contains("SECURITY DEFINER")
                .doesNotContain("a integer");
        assertThat(ddl("ddl_k_routine", "procedures", "tidy")).contains("CREATE PROCEDURE ddl_k_routine.tidy(VARIADIC");
        assertThat(ddl("ddl_k_routine", "aggregates", "add_all(integer)"))
                .contains("MSFUNC = int4pl", "MINVFUNC = int4mi", "SORTOP = OPERATOR(pg_catalog.>)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ddl_nowhere | tables | a_orders | There is no schema named 'ddl_nowhere'.",
                "ddl_corpus | tables | nothing_here | There is no tables entry named 'nothing_here' in schema 'ddl_corpus'.",
                "ddl_corpus | views | a_orders | There is no views entry named 'a_orders' in schema 'ddl_corpus'.",
                "ddl_corpus | widgets | a_orders | There is no kind of object named 'widgets'.",
                "ddl_k_routine | functions | add | There is no functions entry named 'add' in schema 'ddl_k_routine'.",
                "ddl_k_routine | procedures | add(integer,integer) |"
                        + " There is no procedures entry named 'add(integer,integer)' in schema 'ddl_k_routine'."
            })
    void whatIsNotThereIsNotFound(String schema, String kind, String name, String detail) {
        Client.Response response = client.get(path(schema, kind, name));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
    }

    @Test
    void aSchemaScriptSaysWhichObjectsItLeavesOut() {
        Client.Response response = client.get(SCHEMAS + "ddl_k_unscripted/ddl");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("CREATE TABLE ddl_k_unscripted.notes (")
                .endsWith("--\n-- Not scripted: pgdeck writes no SQL for these objects of the schema:\n"
                        + "--   text search configuration ddl_k_unscripted.english_copy\n--\n");
        assertThat(client.get(SCHEMAS + "ddl_corpus/ddl").body()).doesNotContain("Not scripted");
    }

    @Test
    void anUnknownSchemasScriptIsNotFound() {
        Client.Response response = client.get(SCHEMAS + "ddl_nowhere/ddl");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("There is no schema named 'ddl_nowhere'.");
    }

    @Test
    void scriptsNeedALogin() {
        assertThat(anonymous().get(SCHEMAS + "ddl_corpus/ddl").status()).isEqualTo(401);
        assertThat(anonymous().get(path("ddl_corpus", "tables", "a_orders")).status())
                .isEqualTo(401);
    }
}
