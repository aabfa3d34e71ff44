package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log as an auditor would (the API) and as the platform's collector would (the JSON lines). */
final class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditTrail() {}

    /** The records the API answers for {@code query} (e.g. {@code kind=statement&q=x}), newest first. */
    static List<JsonNode> records(Client client, String query) {
        Client.Response page = client.get("/api/v1/audit?" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        return items;
    }

    static JsonNode newest(Client client, String kind, String text) {
        List<JsonNode> items = records(client, "kind=" + kind + "&q=" + encode(text));
        assertThat(items).as("audit records of kind %s matching %s", kind, text).isNotEmpty();
        return items.get(0);
    }

    /** The audit stream's lines (pure JSON, one per record) that mention {@code text}. */
    static List<JsonNode> lines(CapturedOutput output, String text) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (line.startsWith("{\"stream\":\"pgdeck.audit\"") && line.contains(text)) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
