package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.UriUtils;

/**
 * Each kind's single-object script, replayed in an empty database (after the scripts of what it needs, in the same
 * schema), makes objects that pg_dump prints exactly as it prints the originals.
 */
class ObjectScriptOracleTest extends SingleTenantTest {

    private Client client;

    @BeforeAll
    static void corpus() {
        OracleDatabases.create();
    }

    @BeforeEach
    void logIn() {
        client = loggedIn();
    }

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("ddl_k_table", List.of("trigger-functions/stamp()", "tables/items")),
                Arguments.of(
                        "ddl_k_partition",
                        List.of(
                                "tables/measures",
                                "tables/measures_2024",
                                "tables/measures_rest",
                                "tables/measures_rest_one")),
                Arguments.of("ddl_k_inherit", List.of("tables/animals", "tables/birds", "tables/penguins")),
                Arguments.of("ddl_k_view", List.of("tables/base", "views/labels", "materialized-views/label_counts")),
                Arguments.of("ddl_k_sequence", List.of("sequences/countdown")),
                Arguments.of(
                        "ddl_k_routine",
                        List.of(
                                "functions/add(integer,integer)",
                                "functions/add(text,text)",
                                "functions/pairs",
                                "trigger-functions/ignore",
                                "procedures/tidy",
                                "aggregates/add_all")),
                Arguments.of("ddl_k_type", List.of("types/colour", "types/pixel", "types/spans", "domains/percent")),
                Arguments.of("ddl_k_collation", List.of("collations/mixed", "collations/german")),
                Arguments.of("ddl_k_foreign", List.of("foreign-tables/remote")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void eachObjectsScriptRecreatesIt(String schema, List<String> objects) {
        String fresh = OracleDatabases.fresh();
        try {
            TestPostgres.execute(fresh, "CREATE SCHEMA " + schema);
            for (String object : objects) {
                OracleDatabases.replay(fresh, objectScript(schema, object));
            }
            String original = OracleDatabases.dump(OracleDatabases.DB, schema);
            assertThat(original).contains("CREATE ");
            assertThat(OracleDatabases.dump(fresh, schema)).isEqualTo(original);
        } finally {
            OracleDatabases.drop(fresh);
        }
    }

    private String objectScript(String schema, String object) {
        String[] kindAndName = object.split("/", 2);
        String path = "/api/v1/databases/" + OracleDatabases.DB + "/schemas/" + schema + "/" + kindAndName[0] + "/"
                + UriUtils.encodePathSegment(kindAndName[1], StandardCharsets.UTF_8) + "/ddl";
        Client.Response response = client.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
