package io.pgdeck.explorer;

import static io.pgdeck.explorer.ExplorerReadTest.named;
import static io.pgdeck.explorer.ExplorerReadTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating, changing and dropping objects: the exact SQL each dialog previews, and that running it works. */
class ExplorerChangeTest extends SingleTenantTest {

    static final String DB = TestPostgres.SINGLE_DATABASE;
    static final String SCHEMAS = "/api/v1/databases/" + DB + "/schemas";
    static final String CHANGES = SCHEMAS + "/explorer_changes";

    private CatalogChangeClient changes;

    @BeforeAll
    static void schema() {
        ExplorerFixture.create();
        TestPostgres.execute(DB, "DROP SCHEMA IF EXISTS explorer_changes CASCADE", "CREATE SCHEMA explorer_changes");
    }

    @BeforeEach
    void logIn() {
        changes = new CatalogChangeClient(loggedIn());
    }

    static boolean exists(String sql) {
        try (Connection connection = TestPostgres.connect(DB);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean relationExists(String qualified) {
        return exists("SELECT to_regclass('" + qualified.replace("'", "''") + "') IS NOT NULL");
    }

    private static final String TABLE = """
            {"name": "Order Lines",
             "columns": [
               {"name": "id", "type": "bigint", "identity": "always", "primaryKey": true},
               {"name": "order", "type": "integer", "notNull": true},
               {"name": "Price", "type": "numeric(12,2)", "default": "0", "comment": "in cents"},
               {"name": "note", "type": "character varying(200)"}
             ],
             "constraints": [
               {"type": "check", "name": "price_positive", "expression": "\\"Price\\" >= 0"},
               {"type": "unique", "columns": ["order", "note"]},
               {"type": "foreignKey", "columns": ["order"],
                "references": {"schema": "explorer_fixture", "table": "orders", "columns": ["id"]},
                "onDelete": "cascade"}
             ],
             "comment": "Lines of an order"}
            """;

    @Test
    void createsATableExactlyAsPreviewedQuotingWhatNeedsIt() {
        String sql = changes.preview("POST", CHANGES + "/tables", TABLE);

        assertThat(sql).isEqualTo("""
                CREATE TABLE explorer_changes."Order Lines" (
                    id bigint GENERATED ALWAYS AS IDENTITY,
                    "order" integer NOT NULL,
                    "Price" numeric(12,2) DEFAULT 0,
                    note character varying(200),
                    PRIMARY KEY (id),
                    CONSTRAINT price_positive CHECK ("Price" >= 0),
                    UNIQUE ("order", note),
                    FOREIGN KEY ("order") REFERENCES explorer_fixture.orders (id) ON DELETE CASCADE
                );
                COMMENT ON TABLE explorer_changes."Order Lines" IS 'Lines of an order';
                COMMENT ON COLUMN explorer_changes."Order Lines"."Price" IS 'in cents';""");
        assertThat(relationExists("explorer_changes.\"Order Lines\""))
                .as("a preview runs nothing")
                .isFalse();

        JsonNode ran = changes.run("POST", CHANGES + "/tables", TABLE);

        assertThat(ran.get("sql").asString()).isEqualTo(sql);
        JsonNode table = changes.client().get(CHANGES + "/tables/Order%20Lines").json();
        assertThat(table.get("comment").asString()).isEqualTo("Lines of an order");
        assertThat(values(table.get("constraints"), "type"))
                .containsExactly("primaryKey", "unique", "foreignKey", "check");
        assertThat(named(table.get("columns"), "id").get("identity").asString()).isEqualTo("always");
        assertThat(named(table.get("columns"), "Price").get("comment").asString())
                .isEqualTo("in cents");
    }

    @Test
    void partitionedUnloggedTableAndOwner() {
        String sql = changes.preview("POST", CHANGES + "/tables", """
                {"name": "readings", "unlogged": false, "owner": "postgres",
                 "columns": [{"name": "at", "type": "timestamp(3) with time zone", "notNull": true},
                             {"name": "values", "type": "double precision[]"}],
                 "partitionBy": {"strategy": "range", "columns": ["at"]}}
                """);

        assertThat(sql).isEqualTo("""
                CREATE TABLE explorer_changes.readings (
                    at timestamp(3) with time zone NOT NULL,
                    "values" double precision[]
                ) PARTITION BY RANGE (at);
                ALTER TABLE explorer_changes.readings OWNER TO postgres;""");
    }

    @Test
    void altersATableAndItsColumns() {
        TestPostgres.execute(DB, "CREATE TABLE explorer_changes.notes (id integer, body text)");
        String columns = CHANGES + "/tables/notes/columns";

        assertThat(changes.preview("POST", columns, """
                {"name": "Created At", "type": "timestamptz", "default": "now()", "notNull": true}"""))
                .isEqualTo("ALTER TABLE explorer_changes.notes ADD COLUMN \"Created At\" timestamptz "
                        + "DEFAULT now() NOT NULL;");
        changes.run("POST", columns, """
                {"name": "Created At", "type": "timestamptz", "default": "now()", "notNull": true}""");

        String change = """
                {"name": "text", "type": "varchar(500)", "default": "'(empty)'", "notNull": true, "comment": "what"}""";
        assertThat(changes.preview("PATCH", columns + "/body", change)).isEqualTo("""
                ALTER TABLE explorer_changes.notes ALTER COLUMN body TYPE varchar(500);
                ALTER TABLE explorer_changes.notes ALTER COLUMN body SET DEFAULT '(empty)';
                ALTER TABLE explorer_changes.notes ALTER COLUMN body SET NOT NULL;
                COMMENT ON COLUMN explorer_changes.notes.body IS 'what';
                ALTER TABLE explorer_changes.notes RENAME COLUMN body TO text;""");
        changes.run("PATCH", columns + "/body", change);

        JsonNode text =
                named(changes.client().get(CHANGES + "/tables/notes").json().get("columns"), "text");
        assertThat(text.get("type").asString()).isEqualTo("character varying(500)");
        assertThat(text.get("notNull").asBoolean()).isTrue();
        assertThat(text.get("comment").asString()).isEqualTo("what");

        assertThat(changes.preview("DELETE", columns + "/Created%20At?cascade=true", null))
                .isEqualTo("ALTER TABLE explorer_changes.notes DROP COLUMN \"Created At\" CASCADE;");
        changes.run("DELETE", columns + "/Created%20At", null);
        assertThat(values(changes.client().get(CHANGES + "/tables/notes").json().get("columns"), "name"))
                .containsExactly("id", "text");

        String rename = "{\"name\": \"Notes\", \"comment\": \"Team's notes\"}";
        assertThat(changes.preview("PATCH", CHANGES + "/tables/notes", rename)).isEqualTo("""
                COMMENT ON TABLE explorer_changes.notes IS 'Team''s notes';
                ALTER TABLE explorer_changes.notes RENAME TO "Notes";""");
        changes.run("PATCH", CHANGES + "/tables/notes", rename);
        assertThat(relationExists("explorer_changes.\"Notes\"")).isTrue();
    }

    @Test
    void createsAndDropsIndexesAndConstraints() {
        TestPostgres.execute(DB, "CREATE TABLE explorer_changes.tags (id integer, label text)");
        String table = CHANGES + "/tables/tags";

        String index = "{\"name\": \"tags_label\", \"columns\": [\"label\"], \"unique\": true, \"where\": \"id > 0\"}";
        assertThat(changes.preview("POST", table + "/indexes", index))
                .isEqualTo("CREATE UNIQUE INDEX tags_label ON explorer_changes.tags (label) WHERE id > 0;");
        changes.run("POST", table + "/indexes", index);
        assertThat(values(changes.client().get(table).json().get("indexes"), "name"))
                .containsExactly("tags_label");

        String key = "{\"type\": \"primaryKey\", \"name\": \"tags_pk\", \"columns\": [\"id\"]}";
        assertThat(changes.preview("POST", table + "/constraints", key))
                .isEqualTo("ALTER TABLE explorer_changes.tags ADD CONSTRAINT tags_pk PRIMARY KEY (id);");
        changes.run("POST", table + "/constraints", key);
        assertThat(changes.preview("DELETE", table + "/constraints/tags_pk", null))
                .isEqualTo("ALTER TABLE explorer_changes.tags DROP CONSTRAINT tags_pk;");
        changes.run("DELETE", table + "/constraints/tags_pk", null);

        assertThat(changes.preview("DELETE", table + "/indexes/tags_label", null))
                .isEqualTo("DROP INDEX explorer_changes.tags_label;");
        changes.run("DELETE", table + "/indexes/tags_label", null);
        assertThat(changes.client().get(table).json().get("indexes")).isEmpty();
    }

    @Test
    void viewsMaterializedViewsAndSequences() {
        String view = "{\"name\": \"Big Numbers\", \"definition\": \"SELECT 1000 AS n\"}";
        assertThat(changes.preview("POST", CHANGES + "/views", view))
                .isEqualTo("CREATE VIEW explorer_changes.\"Big Numbers\" AS\nSELECT 1000 AS n;");
        changes.run("POST", CHANGES + "/views", view);
        String replaced = "{\"definition\": \"SELECT 2000 AS n\"}";
        assertThat(changes.preview("PATCH", CHANGES + "/views/Big%20Numbers", replaced))
                .isEqualTo("CREATE OR REPLACE VIEW explorer_changes.\"Big Numbers\" AS\nSELECT 2000 AS n;");
        changes.run("PATCH", CHANGES + "/views/Big%20Numbers", replaced);
        assertThat(changes.client()
                        .get(CHANGES + "/views/Big%20Numbers")
                        .json()
                        .get("definition")
                        .asString())
                .contains("2000");

        String materialized = "{\"name\": \"totals\", \"definition\": \"SELECT 1 AS one\", \"withData\": false}";
        assertThat(changes.preview("POST", CHANGES + "/materialized-views", materialized))
                .isEqualTo("CREATE MATERIALIZED VIEW explorer_changes.totals AS\nSELECT 1 AS one\nWITH NO DATA;");
        changes.run("POST", CHANGES + "/materialized-views", materialized);
        assertThat(changes.client()
                        .get(CHANGES + "/materialized-views/totals")
                        .json()
                        .get("populated")
                        .asBoolean())
                .isFalse();

        String sequence = "{\"name\": \"invoice_no\", \"increment\": 10, \"start\": 1000, \"cycle\": false}";
        assertThat(changes.preview("POST", CHANGES + "/sequences", sequence))
                .isEqualTo("CREATE SEQUENCE explorer_changes.invoice_no INCREMENT BY 10 NO CYCLE START WITH 1000;");
        changes.run("POST", CHANGES + "/sequences", sequence);
        String restart = "{\"restart\": 5000, \"increment\": 1}";
        assertThat(changes.preview("PATCH", CHANGES + "/sequences/invoice_no", restart))
                .isEqualTo("ALTER SEQUENCE explorer_changes.invoice_no INCREMENT BY 1 RESTART WITH 5000;");
        changes.run("PATCH", CHANGES + "/sequences/invoice_no", restart);
        assertThat(changes.client()
                        .get(CHANGES + "/sequences/invoice_no")
                        .json()
                        .get("increment")
                        .asLong())
                .isEqualTo(1);

        assertThat(changes.preview("DELETE", CHANGES + "/views/Big%20Numbers?cascade=true", null))
                .isEqualTo("DROP VIEW explorer_changes.\"Big Numbers\" CASCADE;");
        changes.run("DELETE", CHANGES + "/views/Big%20Numbers", null);
        changes.run("DELETE", CHANGES + "/materialized-views/totals", null);
        changes.run("DELETE", CHANGES + "/sequences/invoice_no", null);
        assertThat(relationExists("explorer_changes.invoice_no")).isFalse();
    }

    @Test
    void createsFunctionsProceduresAndTriggerFunctions() {
        String function = """
                {"name": "Add Tax", "returns": "numeric", "language": "sql", "volatility": "immutable",
                 "strict": true, "comment": "with tax",
                 "arguments": [{"name": "amount", "type": "numeric(12,2)"},
                               {"name": "rate", "type": "numeric", "default": "0.2"}],
                 "body": "SELECT amount * (1 + rate)"}""";
        assertThat(changes.preview("POST", CHANGES + "/functions", function)).isEqualTo("""
                CREATE FUNCTION explorer_changes."Add Tax"(amount numeric(12,2), rate numeric DEFAULT 0.2) \
                RETURNS numeric
                LANGUAGE sql IMMUTABLE STRICT
                AS $body$SELECT amount * (1 + rate)$body$;
                COMMENT ON FUNCTION explorer_changes."Add Tax"(amount numeric(12,2), rate numeric) IS 'with tax';""");
        changes.run("POST", CHANGES + "/functions", function);
        JsonNode created = changes.client()
                .get(CHANGES + "/functions/" + "Add%20Tax(numeric,numeric)")
                .json();
        assertThat(created.get("comment").asString()).isEqualTo("with tax");
        assertThat(created.get("strict").asBoolean()).isTrue();

        String procedure = """
                {"name": "note", "language": "plpgsql", "arguments": [{"mode": "in", "name": "msg", "type": "text"}],
                 "body": "BEGIN RAISE NOTICE '$body$ %', msg; END"}""";
        assertThat(changes.preview("POST", CHANGES + "/procedures", procedure)).isEqualTo("""
                CREATE PROCEDURE explorer_changes.note(IN msg text)
                LANGUAGE plpgsql
                AS $body1$BEGIN RAISE NOTICE '$body$ %', msg; END$body1$;""");
        changes.run("POST", CHANGES + "/procedures", procedure);
        assertThat(values(changes.client().get(CHANGES + "/procedures").json(), "signature"))
                .contains("note(text)");

        String trigger = "{\"name\": \"stamp\", \"language\": \"plpgsql\", \"body\": \"BEGIN RETURN NEW; END\"}";
        assertThat(changes.preview("POST", CHANGES + "/trigger-functions", trigger))
                .isEqualTo("""
                CREATE FUNCTION explorer_changes.stamp() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$BEGIN RETURN NEW; END$body$;""");
        changes.run("POST", CHANGES + "/trigger-functions", trigger);
        assertThat(values(changes.client().get(CHANGES + "/trigger-functions").json(), "signature"))
                .contains("stamp()");
    }

    @Test
    void dropsEveryKindAndRoutinesBySignature() {
        TestPostgres.execute(
                DB,
                "CREATE FUNCTION explorer_changes.twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT 2 * x'",
                "CREATE FUNCTION explorer_changes.twice(x text) RETURNS text LANGUAGE sql AS 'SELECT x || x'",
                "CREATE TYPE explorer_changes.colour AS ENUM ('red')",
                "CREATE DOMAIN explorer_changes.\"Small\" AS integer CHECK (VALUE < 10)");

        assertThat(changes.preview("DELETE", CHANGES + "/functions/twice(integer)?cascade=true", null))
                .isEqualTo("DROP FUNCTION explorer_changes.twice(x integer) CASCADE;");
        changes.run("DELETE", CHANGES + "/functions/twice(integer)", null);
        assertThat(values(changes.client().get(CHANGES + "/functions").json(), "signature"))
                .contains("twice(text)")
                .doesNotContain("twice(integer)");

        assertThat(changes.preview("DELETE", CHANGES + "/types/colour", null))
                .isEqualTo("DROP TYPE explorer_changes.colour;");
        assertThat(changes.preview("DELETE", CHANGES + "/domains/Small", null))
                .isEqualTo("DROP DOMAIN explorer_changes.\"Small\";");
        changes.run("DELETE", CHANGES + "/domains/Small", null);
        assertThat(changes.client().get(CHANGES + "/domains").json()).isEmpty();

        assertThat(changes.send("DELETE", CHANGES + "/tables/no_such_table", null)
                        .status())
                .isEqualTo(404);
        assertThat(changes.send("DELETE", CHANGES + "/views/colour", null).status())
                .as("a type is no view")
                .isEqualTo(404);
    }

    @Test
    void aFailingStatementLeavesNothingBehindAndAnswersThePostgresError() {
        String table = """
                {"name": "half_done", "owner": "no_such_role",
                 "columns": [{"name": "id", "type": "integer"}]}""";

        Client.Response response = changes.send("POST", CHANGES + "/tables", table);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("sqlState").asString()).isEqualTo("42704");
        assertThat(response.json().get("detail").asString()).contains("no_such_role");
        assertThat(relationExists("explorer_changes.half_done"))
                .as("CREATE TABLE rolled back")
                .isFalse();

        Client.Response badType = changes.send("POST", CHANGES + "/tables", """
                {"name": "t2", "columns": [{"name": "id", "type": "no_such_type"}]}""");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("position").asInt()).isPositive();
    }

    @Test
    void refusesSqlSmuggledIntoNamesTypesAndExpressions() {
        String[] bad = {
            "{\"name\": \"t\", \"columns\": [{\"name\": \"id\", \"type\": \"int); DROP TABLE explorer_fixture.orders; --\"}]}",
            "{\"name\": \"t\", \"columns\": [{\"name\": \"id\", \"type\": \"int\", \"default\": \"1; DROP TABLE x\"}]}",
            "{\"name\": \"t\", \"columns\": [{\"name\": \"id\", \"type\": \"int\", \"default\": \"1 -- hide\"}]}",
            "{\"name\": \"t\", \"columns\": [{\"name\": \"id\", \"type\": \"int\", \"identity\": \"sometimes\"}]}",
            "{\"name\": \"\", \"columns\": []}",
            "{\"name\": \"t\", \"constraints\": [{\"type\": \"trigger\"}]}"
        };
        for (String table : bad) {
            Client.Response response = changes.send("POST", CHANGES + "/tables?preview=true", table);
            assertThat(response.status()).as(table).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(table).isNotBlank();
        }
        assertThat(relationExists("explorer_fixture.orders")).isTrue();
        assertThat(relationExists("explorer_changes.t")).isFalse();
    }
}
