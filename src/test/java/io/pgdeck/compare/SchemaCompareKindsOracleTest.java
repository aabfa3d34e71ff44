package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.ddl.OracleDatabases;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.SingleTenantTest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The oracle on every kind of object the DDL engine writes (the DDL oracle's corpus, one schema per kind, created
 * into an empty schema and dropped from it), and on a realistic shop schema changed the way staging changes one.
 */
class SchemaCompareKindsOracleTest extends SingleTenantTest {

    @Autowired
    StorageArea storage;

    private CompareOracle oracle;

    @BeforeEach
    void logIn() {
        OracleDatabases.create();
        oracle = new CompareOracle(loggedIn(), storage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ddl_k_table",
                "ddl_k_partition",
                "ddl_k_inherit",
                "ddl_k_view",
                "ddl_k_sequence",
                "ddl_k_routine",
                "ddl_k_type",
                "ddl_k_collation",
                "ddl_k_foreign"
            })
    void everyObjectOfTheKindIsCreatedInAnEmptySchemaAndDroppedFromIt(String kind) {
        oracle.convergesBothWays(s -> kindSchema(kind, s), s -> new String[] {"CREATE SCHEMA " + s});
    }

    @Test
    void theShopChangedOnStagingIsMigratedBothWaysAndProductionKeepsItsRows() {
        oracle.convergesBothWays(
                s -> concat(shop(s), resource("shop-changes.sql", s)),
                SchemaCompareKindsOracleTest::shop,
                new CompareOracle.Checks() {
                    @Override
                    public void before(String database, String target, JsonNode compared) {
                        assertThat(compared.get("notes").size())
                                .as(compared.get("notes").toString())
                                .isZero();
                        String script = compared.get("script").asString();
                        if ("live".equals(target)) {
                            assertThat(script).doesNotContain("DROP TABLE");
                        } else {
                            assertThat(script).contains("DROP TABLE cmp_want.orders_2027;");
                        }
                    }

                    @Override
                    public void after(String database, String target) {
                        CompareOracle.Checks.super.after(database, target);
                        String changed = "live".equals(target) ? CompareOracle.LIVE : CompareOracle.WANT;
                        assertThat(SchemaCompareShapesOracleTest.value(
                                        database,
                                        "SELECT (SELECT count(*) FROM " + changed + ".orders) || ' '"
                                                + " || (SELECT sum(quantity) FROM " + changed + ".order_lines) || ' '"
                                                + " || (SELECT revenue FROM " + changed + ".sales WHERE product = 1)"))
                                .isEqualTo("2 7 20.00");
                    }
                });
    }

    /** The corpus's statements for one kind's schema, moved into schema {@code s}. */
    private static String[] kindSchema(String kind, String s) {
        return Arrays.stream(OracleDatabases.statements("kinds.sql"))
                .filter(statement -> !statement.startsWith("DROP SCHEMA") && statement.contains(kind))
                .map(statement -> statement.replaceAll("\\b" + kind + "\\b", s))
                .toArray(String[]::new);
    }

    private static String[] shop(String s) {
        return resource("shop.sql", s);
    }

    private static String[] resource(String name, String s) {
        List<String> statements = Arrays.stream(OracleDatabases.statements("/io/pgdeck/compare/" + name))
                .map(statement -> statement.replace("@s@", s))
                .toList();
        return statements.toArray(String[]::new);
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
    }
}
