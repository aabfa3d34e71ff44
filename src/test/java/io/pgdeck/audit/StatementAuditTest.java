package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class StatementAuditTest extends SingleTenantTest {

    @Test
    void aOneShotStatementIsRecordedWithItsFieldsAndWrittenAsAJsonLine(CapturedOutput output) {
        Client client = loggedIn();
        String marker = "probe_" + UUID.randomUUID().toString().replace("-", "");
        client.query("postgres", "SELECT '" + marker + "' FROM generate_series(1, 3)");

        JsonNode record = AuditTrail.newest(client, "statement", marker);
        assertThat(record.get("outcome").asString()).isEqualTo("success");
        assertThat(record.get("database").asString()).isEqualTo("postgres");
        assertThat(record.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(record.get("summary").asString()).isEqualTo("SELECT '" + marker + "' FROM generate_series(1, 3)");
        JsonNode detail = record.get("detail");
        assertThat(detail.get("source").asString()).isEqualTo("one-shot");
        assertThat(detail.get("rows").asLong()).isEqualTo(3);
        assertThat(detail.get("durationMs").asLong()).isNotNegative();
        assertThat(detail.get("start").asString()).isNotBlank();
        assertThat(detail.has("sqlState")).isFalse();

        assertThat(AuditTrail.lines(output, marker)).singleElement().satisfies(line -> {
            assertThat(line.get("id").asLong()).isEqualTo(record.get("id").asLong());
            assertThat(line.get("kind").asString()).isEqualTo("statement");
            assertThat(line.get("detail").get("rows").asLong()).isEqualTo(3);
        });
    }

    @Test
    void aFailedStatementKeepsItsSqlStateAndNeverItsPasswordLiteral(CapturedOutput output) {
        Client client = loggedIn();
        String role = "nobody_" + UUID.randomUUID().toString().replace("-", "");
        client.query("postgres", "ALTER ROLE " + role + " PASSWORD 'hunter2-secret'");

        JsonNode record = AuditTrail.newest(client, "statement", role);
        assertThat(record.get("outcome").asString()).isEqualTo("failure");
        assertThat(record.get("detail").get("sqlState").asString()).isEqualTo("42704");
        assertThat(record.get("summary").asString()).isEqualTo("ALTER ROLE " + role + " PASSWORD '********'");
        assertThat(output.getOut()).doesNotContain("hunter2-secret");
    }

    @Test
    void aScriptKeepsEachStatementsCommandRowsAndWhereItFailed() {
        Client client = loggedIn();
        String marker = "script_" + UUID.randomUUID().toString().replace("-", "");
        client.query("postgres", "SELECT '" + marker + "' FROM generate_series(1, 2); SELECT 1/0");

        JsonNode record = AuditTrail.newest(client, "statement", marker);
        assertThat(record.get("outcome").asString()).isEqualTo("failure");
        assertThat(record.get("detail").get("sqlState").asString()).isEqualTo("22012");
        assertThat(record.get("detail").get("failedStatementIndex").asInt()).isEqualTo(1);
        JsonNode first = record.get("detail").get("statements").get(0);
        assertThat(first.get("command").asString()).isEqualTo("SELECT");
        assertThat(first.get("rows").asLong()).isEqualTo(2);
        assertThat(record.get("detail").get("statements")).hasSize(1);
    }

    @Test
    void queryToolExecutionsAndExplainAreRecordedWithTheirSource() {
        Client client = loggedIn();
        String id = client.postJson("/api/v1/databases/postgres/query-sessions", "{}")
                .json()
                .get("id")
                .asString();
        String marker = "tool_" + UUID.randomUUID().toString().replace("-", "");
        client.postJson("/api/v1/query-sessions/" + id + "/executions", "{\"sql\":\"SELECT 1 AS " + marker + "\"}");
        client.postJson("/api/v1/query-sessions/" + id + "/explain", "{\"sql\":\"SELECT 2 AS " + marker + "\"}");

        var records = AuditTrail.records(client, "kind=statement&q=" + marker);
        assertThat(records)
                .extracting(r -> r.get("detail").get("source").asString())
                .containsExactly("explain", "query-tool");
        assertThat(records.get(1).get("detail").get("rows").asLong()).isEqualTo(1);
    }

    @Test
    void pagesFollowTheCursorNewestFirstAndFiltersRefuseNonsense() {
        Client client = loggedIn();
        String marker = "page_" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < 3; i++) {
            client.query("postgres", "SELECT " + i + " AS " + marker);
        }
        var first = client.get("/api/v1/audit?q=" + marker + "&limit=2").json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("summary").asString()).contains("SELECT 2");
        var second = client.get("/api/v1/audit?q=" + marker + "&limit=2&cursor="
                        + first.get("next").asString())
                .json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("summary").asString()).contains("SELECT 0");
        assertThat(second.get("next").isNull()).isTrue();

        assertThat(client.get("/api/v1/audit?since=yesterday").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/audit?since=2999-01-01T00:00:00Z").json().get("items"))
                .isEmpty();
        assertThat(AuditTrail.records(client, "outcome=failure&q=" + marker)).isEmpty();
    }

    @Test
    void exportStreamsTheFilteredLogAsCsvAndJson() {
        Client client = loggedIn();
        String marker = "export_" + UUID.randomUUID().toString().replace("-", "");
        client.query("postgres", "SELECT '=" + marker + "'");

        Client.Response csv = client.get("/api/v1/audit/export?format=csv&kind=statement&q=" + marker);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("\"id\",\"at\",\"kind\",\"outcome\",\"person\",\"clientAddress\",\"database\",\"summary\","
                        + "\"detail\"");
        assertThat(csv.body()).contains("\"SELECT '=" + marker + "'\"");

        Client.Response json = client.get("/api/v1/audit/export?format=json&q=" + marker);
        assertThat(json.json()).hasSize(1);
        assertThat(json.json().get(0).get("detail").get("source").asString()).isEqualTo("one-shot");
        assertThat(client.get("/api/v1/audit/export?format=xml").status()).isEqualTo(400);
    }
}
