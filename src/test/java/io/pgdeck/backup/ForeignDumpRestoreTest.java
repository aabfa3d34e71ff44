package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A whole database dumped by a superuser on another server (CREATE DATABASE, its settings and comment, owners that do
 * not exist here, an extension only a superuser may create, and grants that would hand the production read-only role
 * and everyone write rights) restores into the team's database: what does not belong is left out and reported, and
 * nobody's access is wider than before.
 */
class ForeignDumpRestoreTest extends MultiTenantTest {

    private static final String FILE = "elsewhere/whole.dump";
    private static final String SCRIPT = "elsewhere/whole.sql";

    @Autowired
    StorageArea storage;

    @BeforeEach
    void dumpAWholeDatabaseElsewhere() throws Exception {
        TestPostgres.execute(
                "postgres",
                "CREATE ROLE departed_owner NOLOGIN",
                "CREATE DATABASE elsewhere OWNER departed_owner",
                "ALTER DATABASE elsewhere SET work_mem = '8MB'",
                "COMMENT ON DATABASE elsewhere IS 'made elsewhere'");
        TestPostgres.execute(
                "elsewhere",
                "GRANT ALL ON SCHEMA public TO PUBLIC",
                "CREATE EXTENSION pgcrypto",
                "CREATE EXTENSION postgres_fdw",
                "CREATE SCHEMA sales AUTHORIZATION departed_owner",
                "CREATE TABLE sales.orders (id int PRIMARY KEY, amount numeric(10,2))",
                "INSERT INTO sales.orders SELECT g, g * 2.5 FROM generate_series(1, 300) g",
                "CREATE TABLE sales.regions (code text PRIMARY KEY, name text)",
                "INSERT INTO sales.regions VALUES ('n', 'North'), ('s', 'South')",
                "ALTER TABLE sales.orders OWNER TO departed_owner",
                "ALTER TABLE sales.regions OWNER TO departed_owner",
                "GRANT USAGE, CREATE ON SCHEMA sales TO prod_reader",
                "GRANT SELECT, INSERT, UPDATE ON sales.orders TO prod_reader",
                "GRANT SELECT ON sales.regions TO prod_reader",
                "ALTER DEFAULT PRIVILEGES FOR ROLE departed_owner IN SCHEMA sales GRANT INSERT ON TABLES TO prod_reader",
                "CREATE TABLE public.notes (id int, body text)",
                "INSERT INTO public.notes VALUES (1, 'hello')");
        storage.resolve("elsewhere").toFile().mkdirs();
        PgDumpOracle.run(
                "pg_dump", "--format=custom", "--create", "--dbname=elsewhere", "--file=" + storage.resolve(FILE));
        PgDumpOracle.run(
                "pg_dump", "--format=plain", "--create", "--dbname=elsewhere", "--file=" + storage.resolve(SCRIPT));
        // The dump now comes from "another server": its database and owner do not exist here.
        TestPostgres.execute("postgres", "DROP DATABASE elsewhere", "DROP ROLE departed_owner");
    }

    @AfterEach
    void removeWhatTheRestoreCreated() {
        TestPostgres.execute(
                TestPostgres.TEAM_DATABASE,
                "DROP SCHEMA IF EXISTS sales CASCADE",
                "DROP TABLE IF EXISTS public.notes",
                "DROP EXTENSION IF EXISTS pgcrypto");
    }

    @Test
    void restoresWhatBelongsReportsWhatDoesNotAndWidensNoAccess() throws Exception {
        Client client = loggedIn();
        String privilegesOn = "{\"file\":\"" + FILE + "\",\"options\":{\"doNotSave\":{\"privileges\":false}}}";

        Client.Response analysis = client.postJson("/api/v1/databases/team_alpha/restores/analysis", privilegesOn);

        assertThat(analysis.status()).as(analysis.body()).isEqualTo(200);
        JsonNode result = analysis.json();
        assertThat(result.get("format").asString()).isEqualTo("custom");
        assertThat(result.get("origin").get("database").asString()).isEqualTo("elsewhere");
        List<String> leftOut = describe(result.get("leftOut"));
        assertThat(leftOut)
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("DATABASE elsewhere:").contains("maintenance user"))
                .anySatisfy(entry -> assertThat(entry).startsWith("DATABASE PROPERTIES elsewhere:"))
                .anySatisfy(entry -> assertThat(entry).startsWith("COMMENT DATABASE elsewhere:"))
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("ACL SCHEMA public:").contains("PUBLIC CREATE"))
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("ACL SCHEMA sales:").contains("prod_reader CREATE"))
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("ACL TABLE orders:").contains("prod_reader INSERT"))
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("DEFAULT ACL").contains("default privileges of departed_owner"))
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("EXTENSION postgres_fdw:").contains("superuser"));
        assertThat(leftOut).noneMatch(entry -> entry.startsWith("ACL TABLE regions"));
        assertThat(leftOut).noneMatch(entry -> entry.startsWith("TABLE ") || entry.startsWith("TABLE DATA"));

        restoreAndCheckNoAccessWidened(client, privilegesOn);
    }

    @Test
    void aPlainScriptOfTheWholeDatabaseRestoresTheSameWay() throws Exception {
        Client client = loggedIn();
        String privilegesOn = "{\"file\":\"" + SCRIPT + "\",\"options\":{\"doNotSave\":{\"privileges\":false}}}";

        Client.Response response = client.postJson("/api/v1/databases/team_alpha/restores/analysis", privilegesOn);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode analysis = response.json();

        assertThat(analysis.get("format").asString()).isEqualTo("plain");
        List<String> leftOut = describe(analysis.get("leftOut"));
        assertThat(leftOut)
                .anySatisfy(entry -> assertThat(entry).startsWith("CREATE DATABASE elsewhere:"))
                .anySatisfy(entry -> assertThat(entry).startsWith("ALTER DATABASE elsewhere:"))
                .anySatisfy(entry -> assertThat(entry).startsWith("\\connect elsewhere:"))
                .anySatisfy(entry ->
                        assertThat(entry).startsWith("GRANT SCHEMA public:").contains("PUBLIC CREATE"))
                .anySatisfy(entry -> assertThat(entry)
                        .startsWith("GRANT TABLE sales.orders:")
                        .contains("INSERT"))
                .anySatisfy(entry -> assertThat(entry).startsWith("CREATE EXTENSION postgres_fdw:"));
        restoreAndCheckNoAccessWidened(client, privilegesOn);
    }

    private void restoreAndCheckNoAccessWidened(Client client, String request) throws Exception {
        Client.Response started = client.postJson("/api/v1/databases/team_alpha/restores", request);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode job = JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
        String log =
                client.get("/api/v1/jobs/" + job.get("id").asLong() + "/log").body();

        assertThat(job.get("status").asString()).as(log).isEqualTo("succeeded");
        assertThat(log).contains("leaving out", "DATABASE elsewhere");
        assertThat(TeamDatabase.value("SELECT count(*) FROM sales.orders")).isEqualTo("300");
        assertThat(TeamDatabase.value("SELECT count(*) FROM public.notes")).isEqualTo("1");
        assertThat(TeamDatabase.value(
                        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'sales.orders'::regclass"))
                .isEqualTo(TestPostgres.TEAM_ROLE);
        // Nobody can do more than before: not the production read-only role, not PUBLIC.
        assertThat(TeamDatabase.value("SELECT has_schema_privilege('prod_reader', 'public', 'CREATE')"))
                .isEqualTo("f");
        assertThat(TeamDatabase.value("SELECT has_schema_privilege('prod_reader', 'sales', 'CREATE')"))
                .isEqualTo("f");
        assertThat(TeamDatabase.value("SELECT has_table_privilege('prod_reader', 'sales.orders', 'INSERT')"))
                .isEqualTo("f");
        assertThat(TeamDatabase.value("SELECT has_table_privilege('prod_reader', 'sales.orders', 'UPDATE')"))
                .isEqualTo("f");
        assertThat(TeamDatabase.value("SELECT count(*) FROM pg_namespace n, aclexplode(n.nspacl) a"
                        + " WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE'"))
                .isEqualTo("0");
        assertThat(TeamDatabase.value("SELECT count(*) FROM pg_default_acl")).isEqualTo("0");
        // What widens nothing came in: a read grant on the table that had only that.
        assertThat(TeamDatabase.value("SELECT has_table_privilege('prod_reader', 'sales.regions', 'SELECT')"))
                .isEqualTo("t");
        // The database itself is untouched: no setting, no comment from the dump.
        assertThat(TeamDatabase.value(
                        "SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
                                + " WHERE d.datname = 'team_alpha'"))
                .isEqualTo("0");
        assertThat(TeamDatabase.value("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database"
                        + " WHERE datname = 'team_alpha'"))
                .isEmpty();
    }

    @Test
    void ownershipByRolesThatDoNotExistHereIsLeftOutWithANote() {
        Client client = loggedIn();

        JsonNode analysis = client.postJson(
                        "/api/v1/databases/team_alpha/restores/analysis",
                        "{\"file\":\"" + FILE + "\",\"options\":{\"doNotSave\":{\"owner\":false}}}")
                .json();

        assertThat(analysis.get("notes").toString()).contains("departed_owner", "team_alpha");
        assertThat(analysis.get("options").get("doNotSave").get("owner").asBoolean())
                .isTrue();
    }

    private static List<String> describe(JsonNode entries) {
        List<String> described = new ArrayList<>();
        entries.forEach(entry -> described.add(entry.get("type").asString() + " "
                + entry.get("name").asString() + ": " + entry.get("reason").asString()));
        return described;
    }
}
