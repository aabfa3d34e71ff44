package io.pgdeck.data;

import static io.pgdeck.data.DataFixture.encode;
import static io.pgdeck.data.DataFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.TestPostgres;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading pages of rows: the order, paging without repeats or gaps, sorting, filtering and the free WHERE. */
class DataRowsTest extends DataApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ITEMS = path("tables", "items");
    private static final int ITEM_COUNT = 2505;

    private JsonNode get(String path) {
        Response response = client.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Response attempt(String path) {
        return client.get(path);
    }

    private static List<Integer> ids(JsonNode page) {
        List<Integer> ids = new ArrayList<>();
        page.get("rows").values().forEach(row -> ids.add(row.get(0).asInt()));
        return ids;
    }

    private static String filter(Object... triples) {
        var list = JSON.createArrayNode();
        for (int i = 0; i < triples.length; i += 3) {
            var condition = list.addObject().put("column", (String) triples[i]).put("op", (String) triples[i + 1]);
            condition.set("value", JSON.valueToTree(triples[i + 2]));
        }
        return encode(list.toString());
    }

    @Test
    void aPageDescribesItsColumnsKeyAndCountsInTheKeyOrder() {
        JsonNode page = get(ITEMS + "/rows?limit=5");

        assertThat(page.at("/columns/0/name").asString()).isEqualTo("id");
        assertThat(page.at("/columns/0/type").asString()).isEqualTo("integer");
        assertThat(page.at("/columns/3/type").asString()).isEqualTo("numeric(12,2)");
        assertThat(page.at("/columns/0/editable").asBoolean()).isTrue();
        assertThat(page.get("key").get(0).asString()).isEqualTo("id");
        assertThat(page.get("editable").asBoolean()).isTrue();
        assertThat(ids(page)).containsExactly(1, 2, 3, 4, 5);
        assertThat(page.at("/rows/0/3").asString()).isEqualTo("1.25");
        assertThat(page.at("/rows/9").isMissingNode()).isTrue();
        assertThat(page.get("estimatedCount").asLong()).isBetween(1000L, 10_000L);
        assertThat(get(ITEMS + "/count").get("count").asLong()).isEqualTo(ITEM_COUNT);
    }

    @Test
    void theEstimateComesFromTheCatalogAndFromThePlannerForAFilter() {
        TestPostgres.execute(DataFixture.DATABASE, "ANALYZE data_fixture.items");

        assertThat(get(ITEMS + "/rows?limit=1").get("estimatedCount").asLong()).isEqualTo(ITEM_COUNT);
        long filtered = get(ITEMS + "/rows?limit=1&where=" + encode("id <= 100"))
                .get("estimatedCount")
                .asLong();
        assertThat(filtered).isBetween(50L, 200L);
        assertThat(get(ITEMS + "/rows?limit=1&offset=1").has("estimatedCount")).isFalse();
    }

    @Test
    void pagingByOffsetVisitsEveryRowOnceInOrder() {
        List<Integer> seen = new ArrayList<>();
        for (int offset = 0; offset < ITEM_COUNT; offset += 400) {
            seen.addAll(ids(get(ITEMS + "/rows?limit=400&offset=" + offset)));
        }
        assertThat(seen).hasSize(ITEM_COUNT).doesNotHaveDuplicates().isSorted();
        assertThat(ids(get(ITEMS + "/rows?limit=3&offset=2000"))).containsExactly(2001, 2002, 2003);
        assertThat(ids(get(ITEMS + "/rows?limit=10&offset=2503"))).containsExactly(3004, 3005);
    }

    /** The grid learns where the rows end from the page that ends them, even a full one: no empty page is read after. */
    @Test
    void aPageSaysWhetherRowsFollowItEvenWhenItIsFull() {
        assertThat(get(ITEMS + "/rows?limit=5&offset=2495").get("more").asBoolean())
                .isTrue();
        JsonNode lastFull = get(ITEMS + "/rows?limit=5&offset=2500");
        assertThat(ids(lastFull)).hasSize(5);
        assertThat(lastFull.get("more").asBoolean()).isFalse();
        assertThat(lastFull.has("next")).isFalse();
        assertThat(get(ITEMS + "/rows?limit=10&offset=2500").get("more").asBoolean())
                .isFalse();
        JsonNode beforeLast = get(ITEMS + "/rows?limit=2500");
        assertThat(beforeLast.get("more").asBoolean()).isTrue();
        JsonNode last =
                get(ITEMS + "/rows?limit=5&after=" + beforeLast.get("next").asString());
        assertThat(ids(last)).hasSize(5);
        assertThat(last.get("more").asBoolean()).isFalse();
    }

    @Test
    void pagingByCursorAgreesWithPagingByOffsetUnderAUserSort() {
        String sort = "&sort=" + encode("-category,label");
        List<Integer> byOffset = new ArrayList<>();
        for (int offset = 0; offset < ITEM_COUNT; offset += 300) {
            byOffset.addAll(ids(get(ITEMS + "/rows?limit=300&offset=" + offset + sort)));
        }
        List<Integer> byCursor = new ArrayList<>();
        JsonNode page = get(ITEMS + "/rows?limit=300" + sort);
        byCursor.addAll(ids(page));
        while (page.hasNonNull("next")) {
            page = get(ITEMS + "/rows?limit=300" + sort + "&after="
                    + page.get("next").asString());
            byCursor.addAll(ids(page));
        }
        assertThat(byCursor).hasSize(ITEM_COUNT).doesNotHaveDuplicates().isEqualTo(byOffset);
    }

    @Test
    void sortsByColumnsThenBreaksTiesByTheKey() {
        JsonNode page = get(ITEMS + "/rows?limit=4&sort=" + encode("category,-price"));
        assertThat(page.at("/rows/0/1").asString()).isEqualTo("cat 0");
        assertThat(ids(page)).containsExactly(2499, 2492, 2485, 2478);

        // label has NULLs and repeats nothing, category repeats: ties inside a category come by id.
        JsonNode ties = get(ITEMS + "/rows?limit=3&sort=category");
        assertThat(ids(ties)).containsExactly(7, 14, 21);
    }

    @Test
    void anUnknownColumnIsRefusedWherever_itIsNamed() {
        assertThat(attempt(ITEMS + "/rows?sort=nosuch").status()).isEqualTo(400);
        assertThat(attempt(ITEMS + "/rows?sort=" + encode("-id;DROP TABLE x")).status())
                .isEqualTo(400);
        Response filtered = attempt(ITEMS + "/rows?filter=" + filter("nosuch", "=", "1"));
        assertThat(filtered.status()).isEqualTo(400);
        assertThat(filtered.json().get("detail").asString()).contains("nosuch");
        assertThat(attempt(ITEMS + "/rows?filter=" + filter("id", "~~*", "1")).status())
                .isEqualTo(400);
        assertThat(attempt(path("tables", "nosuch") + "/rows").status()).isEqualTo(404);
        assertThat(attempt(path("views", "items") + "/rows").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O'Brien; DROP TABLE x; --",
                "back\\slash \\n \"double\"",
                "Grüße ✓ 漢字 😀",
                "",
            })
    void filtersByValuesThatNeedQuotingAndFindsExactlyThem(String label) {
        JsonNode page = get(ITEMS + "/rows?filter=" + filter("label", "=", label));
        assertThat(page.get("rows")).hasSize(1);
        assertThat(page.at("/rows/0/2").asString()).isEqualTo(label);
        assertThat(get(ITEMS + "/count?filter=" + filter("label", "=", label))
                        .get("count")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void filtersWithEveryOperator() {
        assertThat(ids(get(ITEMS + "/rows?filter=" + filter("id", "in", List.of(5, 3001, 99999)))))
                .containsExactly(5, 3001);
        assertThat(ids(get(ITEMS + "/rows?filter=" + filter("label", "like", "50\\%%"))))
                .containsExactly(3004);
        assertThat(ids(get(ITEMS + "/rows?filter=" + filter("label", "ilike", "grüsse%", "id", ">", 3000))))
                .isEmpty();
        assertThat(ids(get(ITEMS + "/rows?filter=" + filter("label", "ilike", "GRÜ%"))))
                .containsExactly(3003);
        assertThat(ids(get(ITEMS + "/rows?filter=" + filter("id", ">=", 2499, "id", "<", 2501, "id", "<>", 2500))))
                .containsExactly(2499);
        assertThat(ids(get(ITEMS + "/rows?limit=3&filter=" + encode("[{\"column\":\"label\",\"op\":\"is null\"}]"))))
                .containsExactly(10, 20, 30);
        assertThat(get(ITEMS + "/count?filter=" + encode("[{\"column\":\"label\",\"op\":\"is not null\"}]"))
                        .get("count")
                        .asLong())
                .isEqualTo(ITEM_COUNT - 250);
        assertThat(attempt(ITEMS + "/rows?filter=" + filter("price", "=", "not a number"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void freeWhereTextFiltersAndCombinesWithTheFilters() {
        String where = "price > 3000 AND label LIKE '%;%' OR id = 7";
        assertThat(ids(get(ITEMS + "/rows?where=" + encode(where)))).containsExactly(7);
        assertThat(ids(get(ITEMS + "/rows?where=" + encode("label ~ '✓'") + "&filter=" + filter("id", ">", 3000))))
                .containsExactly(3003);
        assertThat(get(ITEMS + "/count?where=" + encode("id % 100 = 0"))
                        .get("count")
                        .asLong())
                .isEqualTo(25);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1=1; DROP TABLE data_fixture.items",
                "true) UNION SELECT 1, usename, passwd, 1 FROM pg_shadow WHERE (true",
                "id = 1) --",
                "label = 'open",
            })
    void aWhereThatTriesToLeaveItsClauseIsRefusedAndChangesNothing(String where) {
        Response response = attempt(ITEMS + "/rows?where=" + encode(where));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("WHERE");
        assertThat(get(ITEMS + "/count").get("count").asLong()).isEqualTo(ITEM_COUNT);
    }

    @Test
    void aWhereRunsReadOnlySoEvenAFunctionThatWritesCannot() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "CREATE OR REPLACE FUNCTION data_fixture.wipe() RETURNS boolean LANGUAGE sql"
                        + " AS 'DELETE FROM data_fixture.orders RETURNING true'");
        Response response = attempt(ITEMS + "/rows?where=" + encode("data_fixture.wipe()"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("sqlState").asString()).isEqualTo("25006");
        assertThat(get(path("tables", "orders") + "/count").get("count").asLong())
                .isEqualTo(2);
    }

    @Test
    void aWhereWithJsonbQuestionMarkOperatorsIsNotTakenForParameters() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "CREATE OR REPLACE VIEW data_fixture.docs AS SELECT id, jsonb_build_object('k' || id, id) AS doc"
                        + " FROM data_fixture.items WHERE id <= 3");
        JsonNode page = get(path("views", "docs") + "/rows?where=" + encode("doc ? 'k2' OR doc ?| array['k3']"));
        assertThat(ids(page)).containsExactly(2, 3);
    }

    @Test
    void viewsAndMaterializedViewsAreReadOnlyWithTheReason() {
        JsonNode view = get(path("views", "cheap_items") + "/rows?sort=-id");
        assertThat(view.get("editable").asBoolean()).isFalse();
        assertThat(view.get("readOnlyReason").asString()).contains("Views");
        assertThat(view.at("/columns/0/editable").asBoolean()).isFalse();
        assertThat(ids(view)).containsExactly(3005, 3004, 3003, 3002, 3001, 7, 6, 5, 4, 3, 2, 1);

        JsonNode totals = get(path("materialized-views", "category_totals") + "/rows?sort=category");
        assertThat(totals.get("editable").asBoolean()).isFalse();
        assertThat(totals.get("readOnlyReason").asString()).contains("materialized view");
        assertThat(totals.at("/rows/0/0").asString()).isEqualTo("cat 0");
        assertThat(totals.at("/rows/0/1").asInt()).isEqualTo(357);
    }

    @Test
    void aTableWithoutAKeyIsShownInAStableOrderButNotEditable() {
        JsonNode page = get(path("tables", "keyless") + "/rows?limit=2");
        assertThat(page.get("editable").asBoolean()).isFalse();
        assertThat(page.get("readOnlyReason").asString()).contains("no primary key");
        assertThat(page.get("key")).isEmpty();
        JsonNode rest = get(path("tables", "keyless") + "/rows?limit=2&after="
                + page.get("next").asString());
        Set<String> rows = new LinkedHashSet<>();
        page.get("rows").values().forEach(row -> rows.add(row.toString()));
        assertThat(rest.get("rows")).hasSize(1);
        assertThat(page.get("rows")).hasSize(2);
    }

    @Test
    void describesKeysForeignKeysGeneratedIdentityAndEnumColumns() {
        assertThat(get(path("tables", "by_code") + "/rows").get("key").get(0).asString())
                .isEqualTo("code");

        JsonNode orders = get(path("tables", "orders") + "/rows");
        JsonNode fk = orders.at("/foreignKeys/0");
        assertThat(fk.get("columns").get(0).asString()).isEqualTo("item_id");
        assertThat(fk.get("referencedTable").asString()).isEqualTo("items");
        assertThat(fk.get("referencedColumns").get(0).asString()).isEqualTo("id");

        JsonNode types = get(path("tables", "all_types") + "/rows");
        JsonNode columns = types.get("columns");
        assertThat(column(columns, "m").get("enumLabels").toString()).isEqualTo("[\"sad\",\"ok\",\"happy\"]");
        assertThat(column(columns, "m").get("category").asString()).isEqualTo("E");
        assertThat(column(columns, "doubled").get("editable").asBoolean()).isFalse();
        assertThat(column(columns, "doubled").get("reason").asString()).contains("generated");
        assertThat(column(columns, "serial_no").get("editable").asBoolean()).isFalse();
        assertThat(column(columns, "serial_no").get("reason").asString()).contains("GENERATED ALWAYS");
        assertThat(column(columns, "with_default").get("hasDefault").asBoolean())
                .isTrue();
        assertThat(column(columns, "ints").get("type").asString()).isEqualTo("integer[]");
    }

    @Test
    void quotesOddNamesEverywhere() {
        String odd = path("tables", "Odd Table");
        JsonNode page = get(
                odd + "/rows?sort=" + encode("-we;ird \"col\"") + "&filter=" + filter("we;ird \"col\"", "<>", "none"));
        assertThat(page.at("/columns/1/name").asString()).isEqualTo("we;ird \"col\"");
        assertThat(page.at("/rows/0/1").asString()).isEqualTo("two");
        assertThat(page.get("key").get(0).asString()).isEqualTo("Key");
    }

    private static JsonNode column(JsonNode columns, String name) {
        for (JsonNode column : columns.values()) {
            if (column.get("name").asString().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
