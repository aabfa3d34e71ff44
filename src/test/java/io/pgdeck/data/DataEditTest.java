package io.pgdeck.data;

import static io.pgdeck.data.DataFixture.encode;
import static io.pgdeck.data.DataFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Saving a grid's changes: every editor type's round trip, DEFAULT, NULL, conflicts and refusals. */
class DataEditTest extends DataApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPES = path("tables", "all_types");

    @BeforeEach
    void reset() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "TRUNCATE data_fixture.all_types",
                "INSERT INTO data_fixture.all_types (id, t, i) VALUES (1, 'one', 1), (2, 'two', 2), (3, 'three', 3)");
    }

    private Response save(ObjectNode changes) {
        return client.postJson(TYPES + "/changes", changes.toString());
    }

    /** The row as the grid reads it, by column name. */
    private ObjectNode row(long id) {
        String filter = "[{\"column\":\"id\",\"op\":\"=\",\"value\":" + id + "}]";
        Response response = client.get(TYPES + "/rows?filter=" + encode(filter));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode page = response.json();
        if (page.get("rows").isEmpty()) {
            return null;
        }
        ObjectNode row = JSON.createObjectNode();
        for (int i = 0; i < page.get("columns").size(); i++) {
            row.set(page.at("/columns/" + i + "/name").asString(), page.at("/rows/0/" + i));
        }
        return row;
    }

    private static ObjectNode changes() {
        ObjectNode changes = JSON.createObjectNode();
        changes.putArray("inserts");
        changes.putArray("updates");
        changes.putArray("deletes");
        return changes;
    }

    private static ObjectNode update(ObjectNode changes, long id, ObjectNode original) {
        ObjectNode update = ((ArrayNode) changes.get("updates")).addObject();
        update.putObject("key").put("id", id);
        update.set("original", original);
        return update.putObject("set");
    }

    private static ObjectNode defaultMarker() {
        return JSON.createObjectNode().put("$default", true);
    }

    private static final String EVERY_TYPE = """
            {"id": 10, "t": "it's \\"text\\"", "i": 42, "big": "9007199254740993",
             "n": "12345678901234567890.123456789", "f": 0.1, "b": true, "d": "2024-02-29",
             "ts": "2024-03-01 12:34:56.789+00", "iv": "1 day 02:03:04", "m": "happy",
             "j": {"b": 1, "a": [1, 2]}, "jb": "{\\"b\\": 1, \\"a\\": 2}", "ints": [1, 2, null],
             "texts": ["a,b", "c\\"d", "", null, "{x}"], "bin": "\\\\x0001ff",
             "u": "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "short": "abc", "code": "US",
             "with_default": {"$default": true}, "serial_no": {"$default": true}}
            """;

    @Test
    void insertsEveryTypeAndReadsItBackAsTheApiPromises() {
        ObjectNode changes = changes();
        ((ArrayNode) changes.get("inserts")).add(JSON.readTree(EVERY_TYPE));

        Response saved = save(changes);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("inserted").asInt()).isEqualTo(1);
        ObjectNode row = row(10);
        assertThat(row.get("t").asString()).isEqualTo("it's \"text\"");
        assertThat(row.get("i").isNumber()).isTrue();
        assertThat(row.get("i").asInt()).isEqualTo(42);
        assertThat(row.get("big").asString()).isEqualTo("9007199254740993");
        assertThat(row.get("n").asString()).isEqualTo("12345678901234567890.123456789");
        assertThat(row.get("f").isNumber()).isTrue();
        assertThat(row.get("f").asString()).isEqualTo("0.1");
        assertThat(row.get("b").asBoolean()).isTrue();
        assertThat(row.get("d").asString()).isEqualTo("2024-02-29");
        assertThat(DataFixture.scalar(
                        "SELECT ts = '2024-03-01 12:34:56.789+00' FROM data_fixture.all_types WHERE id = 10"))
                .isEqualTo("t");
        assertThat(row.get("iv").asString()).isEqualTo("1 day 02:03:04");
        assertThat(row.get("m").asString()).isEqualTo("happy");
        assertThat(row.get("j").asString()).isEqualTo("{\"b\":1,\"a\":[1,2]}");
        assertThat(row.get("jb").asString()).isEqualTo("{\"a\": 2, \"b\": 1}");
        assertThat(row.get("ints").asString()).isEqualTo("{1,2,NULL}");
        assertThat(row.get("texts").asString()).isEqualTo("{\"a,b\",\"c\\\"d\",\"\",NULL,\"{x}\"}");
        assertThat(row.get("bin").asString()).isEqualTo("\\x0001ff");
        assertThat(row.get("u").asString()).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(row.get("code").asString()).isEqualTo("US");
        assertThat(row.get("with_default").asString()).isEqualTo("fallback");
        assertThat(row.get("doubled").asInt()).isEqualTo(84);
        assertThat(row.get("serial_no").isNumber()).isTrue();
    }

    @Test
    void updatesEveryTypeBasedOnTheRowAsReadThenAgainBasedOnTheNewValues() {
        ObjectNode insert = changes();
        ((ArrayNode) insert.get("inserts")).add(JSON.readTree(EVERY_TYPE));
        assertThat(save(insert).status()).isEqualTo(200);

        ObjectNode changes = changes();
        ObjectNode set = update(changes, 10, row(10));
        set.put("t", "")
                .put("i", -7)
                .put("big", "-9223372036854775808")
                .put("n", "0.000000000000000001")
                .put("b", false)
                .put("d", "1999-12-31")
                .put("ts", "1999-12-31 23:59:59+05")
                .put("iv", "-3 mons")
                .put("m", "sad")
                .put("j", "[true, null]")
                .put("jb", "{\"nested\": {\"k\": [1, \"two\"]}}")
                .put("ints", "{}")
                .put("bin", "\\x")
                .put("u", "00000000-0000-0000-0000-000000000000")
                .put("code", "NL");
        set.set("texts", JSON.readTree("[\"only\"]"));
        set.set("with_default", null);
        Response first = save(changes);
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        ObjectNode row = row(10);
        assertThat(row.get("t").isNull()).isFalse();
        assertThat(row.get("t").asString()).isEmpty();
        assertThat(row.get("with_default").isNull()).isTrue();
        assertThat(row.get("i").asInt()).isEqualTo(-7);
        assertThat(row.get("big").asString()).isEqualTo("-9223372036854775808");
        assertThat(row.get("n").asString()).isEqualTo("0.000000000000000001");
        assertThat(row.get("b").asBoolean()).isFalse();
        assertThat(row.get("iv").asString()).isEqualTo("-3 mons");
        assertThat(row.get("j").asString()).isEqualTo("[true, null]");
        assertThat(row.get("jb").asString()).isEqualTo("{\"nested\": {\"k\": [1, \"two\"]}}");
        assertThat(row.get("ints").asString()).isEqualTo("{}");
        assertThat(row.get("texts").asString()).isEqualTo("{only}");
        assertThat(row.get("bin").asString()).isEqualTo("\\x");
        assertThat(DataFixture.scalar("SELECT ts = '1999-12-31 18:59:59+00' FROM data_fixture.all_types WHERE id = 10"))
                .isEqualTo("t");

        // The values just read back are a valid 'original' for every type, json and timestamps included.
        ObjectNode again = changes();
        update(again, 10, row).set("with_default", defaultMarker());
        Response second = save(again);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(row(10).get("with_default").asString()).isEqualTo("fallback");
    }

    @Test
    void nullAndEmptyTextStayDistinct() {
        ObjectNode changes = changes();
        ArrayNode inserts = (ArrayNode) changes.get("inserts");
        inserts.addObject().put("id", 20).put("t", "").put("with_default", "");
        inserts.addObject().put("id", 21).putNull("t").putNull("with_default");
        assertThat(save(changes).status()).isEqualTo(200);

        assertThat(DataFixture.scalar(
                        "SELECT string_agg(coalesce(t, '<null>') || '|' || coalesce(with_default, '<null>'), ','"
                                + " ORDER BY id) FROM data_fixture.all_types WHERE id IN (20, 21)"))
                .isEqualTo("|,<null>|<null>");
    }

    @Test
    void deletesAndAppliesTheWholeBatchInOneGo() {
        ObjectNode changes = changes();
        ((ArrayNode) changes.get("deletes"))
                .addObject()
                .set("key", JSON.createObjectNode().put("id", 1));
        ((ObjectNode) changes.get("deletes").get(0)).set("original", row(1));
        update(changes, 2, row(2)).put("t", "deux");
        ((ArrayNode) changes.get("inserts")).addObject().put("id", 1).put("t", "new one");

        Response saved = save(changes);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("inserted").asInt()).isEqualTo(1);
        assertThat(saved.json().get("updated").asInt()).isEqualTo(1);
        assertThat(saved.json().get("deleted").asInt()).isEqualTo(1);
        // The inserted row as stored, in the page's column order: the grid keeps showing it.
        assertThat(saved.json().at("/insertedRows/0/0").asLong()).isEqualTo(1);
        assertThat(saved.json().at("/insertedRows/0/1").asString()).isEqualTo("new one");
        assertThat(DataFixture.scalar("SELECT string_agg(id || ':' || t, ',' ORDER BY id) FROM data_fixture.all_types"))
                .isEqualTo("1:new one,2:deux,3:three");
    }

    @Test
    void aRowChangedSinceItWasReadIsAConflictAndNothingOfTheBatchIsApplied() {
        ObjectNode changes = changes();
        update(changes, 2, row(2)).put("t", "mine");
        update(changes, 3, row(3)).put("t", "also mine");
        ((ArrayNode) changes.get("inserts")).addObject().put("id", 99).put("t", "new");
        ObjectNode deleted = ((ArrayNode) changes.get("deletes")).addObject();
        deleted.putObject("key").put("id", 1);
        deleted.set("original", row(1));
        TestPostgres.execute(
                DataFixture.DATABASE,
                "UPDATE data_fixture.all_types SET t = 'theirs', i = 200 WHERE id = 2",
                "DELETE FROM data_fixture.all_types WHERE id = 1");

        Response saved = save(changes);

        assertThat(saved.status()).as(saved.body()).isEqualTo(409);
        assertThat(saved.header("Content-Type")).contains("application/problem+json");
        JsonNode conflicts = saved.json().get("conflicts");
        assertThat(conflicts).hasSize(2);
        assertThat(conflicts.get(0).get("change").asString()).isEqualTo("delete");
        assertThat(conflicts.get(0).at("/key/id").asInt()).isEqualTo(1);
        assertThat(conflicts.get(0).get("current").isNull()).isTrue();
        assertThat(conflicts.get(1).get("change").asString()).isEqualTo("update");
        assertThat(conflicts.get(1).get("index").asInt()).isEqualTo(0);
        assertThat(conflicts.get(1).at("/current/t").asString()).isEqualTo("theirs");
        assertThat(conflicts.get(1).at("/current/i").asInt()).isEqualTo(200);
        assertThat(DataFixture.scalar("SELECT string_agg(id || ':' || t, ',' ORDER BY id) FROM data_fixture.all_types"))
                .isEqualTo("2:theirs,3:three");
    }

    @Test
    void keepingMineResendsWithTheirValuesAsTheOriginal() {
        ObjectNode stale = row(2);
        TestPostgres.execute(DataFixture.DATABASE, "UPDATE data_fixture.all_types SET i = 200 WHERE id = 2");
        ObjectNode changes = changes();
        update(changes, 2, stale).put("t", "mine");
        Response conflict = save(changes);
        assertThat(conflict.status()).isEqualTo(409);

        ObjectNode resend = changes();
        update(resend, 2, (ObjectNode) conflict.json().at("/conflicts/0/current"))
                .put("t", "mine");
        Response saved = save(resend);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(DataFixture.scalar("SELECT t || ':' || i FROM data_fixture.all_types WHERE id = 2"))
                .isEqualTo("mine:200");
    }

    @Test
    void aRefusedChangeIsNamedSoTheGridCanMarkItsRow() {
        ObjectNode changes = changes();
        ((ArrayNode) changes.get("inserts")).addObject().put("id", 60).put("t", "fine");
        ((ArrayNode) changes.get("inserts")).addObject().put("id", 2).put("t", "taken");

        Response saved = save(changes);

        assertThat(saved.status()).isEqualTo(400);
        assertThat(saved.json().get("sqlState").asString()).isEqualTo("23505");
        assertThat(saved.json().get("serverDetail").asString()).contains("(id)=(2)", "already exists");
        assertThat(saved.json().get("failedChange").toString()).isEqualTo("{\"change\":\"insert\",\"index\":1}");
        assertThat(DataFixture.scalar("SELECT count(*) FROM data_fixture.all_types WHERE id = 60"))
                .isEqualTo("0");
    }

    @Test
    void aBadValueIsAClearErrorAndNothingOfTheBatchIsApplied() {
        ObjectNode changes = changes();
        update(changes, 1, row(1)).put("t", "changed");
        ((ArrayNode) changes.get("inserts")).addObject().put("id", 50).put("i", "forty-two");

        Response saved = save(changes);

        assertThat(saved.status()).isEqualTo(400);
        assertThat(saved.json().get("sqlState").asString()).isEqualTo("22P02");
        assertThat(saved.json().get("detail").asString()).contains("forty-two");
        assertThat(DataFixture.scalar("SELECT t FROM data_fixture.all_types WHERE id = 1"))
                .isEqualTo("one");

        ObjectNode tooLong = changes();
        update(tooLong, 1, row(1)).put("short", "abcdefg");
        Response cut = save(tooLong);
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.json().get("sqlState").asString()).isEqualTo("22001");
    }

    @Test
    void refusesChangesThatCannotNameTheirRowOrWriteWhatCannotBeWritten() {
        ObjectNode noOriginal = changes();
        ((ArrayNode) noOriginal.get("updates"))
                .addObject()
                .put("unused", 0)
                .putObject("key")
                .put("id", 1);
        ((ObjectNode) noOriginal.get("updates").get(0)).putObject("set").put("t", "x");
        assertThat(save(noOriginal).json().get("detail").asString()).contains("original");

        ObjectNode wrongKey = changes();
        ObjectNode update = ((ArrayNode) wrongKey.get("updates")).addObject();
        update.putObject("key").put("t", "one");
        update.set("original", row(1));
        update.putObject("set").put("t", "x");
        assertThat(save(wrongKey).status()).isEqualTo(400);

        ObjectNode generated = changes();
        update(generated, 1, row(1)).put("doubled", 5);
        Response refused = save(generated);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("generated");

        ObjectNode identity = changes();
        ((ArrayNode) identity.get("inserts")).addObject().put("id", 60).put("serial_no", 5);
        assertThat(save(identity).json().get("detail").asString()).contains("GENERATED ALWAYS");

        ObjectNode unknown = changes();
        update(unknown, 1, row(1)).put("nosuch", 5);
        assertThat(save(unknown).json().get("detail").asString()).contains("nosuch");

        assertThat(DataFixture.scalar("SELECT string_agg(id || ':' || t, ',' ORDER BY id) FROM data_fixture.all_types"))
                .isEqualTo("1:one,2:two,3:three");
    }

    @Test
    void aTableWithoutAKeyIsRefusedAndLeftAlone() {
        String before = DataFixture.scalar(
                "SELECT string_agg(name || amount, ',' ORDER BY name, amount) FROM data_fixture.keyless");
        Response refused = client.postJson(
                path("tables", "keyless") + "/changes",
                "{\"inserts\": [{\"name\": \"z\", \"amount\": 9}], \"deletes\": []}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("no primary key");
        assertThat(DataFixture.scalar(
                        "SELECT string_agg(name || amount, ',' ORDER BY name, amount) FROM data_fixture.keyless"))
                .isEqualTo(before);
        assertThat(client.postJson(path("tables", "cheap_items") + "/changes", "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aUniqueKeyOnNotNullColumnsNamesRowsWhenThereIsNoPrimaryKey() {
        String table = path("tables", "by_code");
        Response saved = client.postJson(table + "/changes", """
                {"updates": [{"key": {"code": "B2"}, "original": {"code": "B2", "note": "second"},
                              "set": {"note": "changed"}}]}
                """);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(DataFixture.scalar("SELECT note FROM data_fixture.by_code WHERE code = 'B2'"))
                .isEqualTo("changed");
        TestPostgres.execute(DataFixture.DATABASE, "UPDATE data_fixture.by_code SET note = 'second' WHERE code = 'B2'");
    }
}
