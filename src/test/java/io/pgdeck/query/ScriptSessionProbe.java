package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Looks at the session a one-shot script finds: runs a probe script until it lands on a given backend (a pooled
 * connection used before), and answers what each probe saw of the state an earlier script could have left.
 */
final class ScriptSessionProbe {

    /** One row: the backend, then what an earlier script could have left behind on it. */
    static final String PROBE = """
            SELECT pg_backend_pid() AS pid,
                   current_setting('statement_timeout') AS statement_timeout,
                   current_setting('search_path') AS search_path,
                   coalesce(current_setting('pgdeck.left', true), '') AS custom_setting,
                   (SELECT count(*) FROM pg_prepared_statements) AS prepared,
                   (SELECT count(*) FROM pg_cursors) AS cursors,
                   (SELECT count(*) FROM pg_listening_channels()) AS channels,
                   (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()) AS locks,
                   to_regclass('pg_temp.leftover') IS NOT NULL AS temp_table,
                   to_regclass('pg_temp.left_in_transaction') IS NOT NULL AS transaction_left_open,
                   current_user = session_user AS own_role,
                   current_setting('transaction_isolation') AS isolation,
                   current_setting('transaction_read_only') AS read_only
            """;

    private static final int ATTEMPTS = 60;

    private ScriptSessionProbe() {}

    /** Probes until one lands on {@code pid}, and answers every probe's row; fails when none lands there. */
    static List<JsonNode> probesUntilBackend(Client client, String database, long pid) {
        List<JsonNode> seen = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            JsonNode row = probe(client, database);
            seen.add(row);
            if (row.get(0).asLong() == pid) {
                return seen;
            }
        }
        throw new AssertionError("no script ran on backend " + pid + " again in " + ATTEMPTS + " tries: not pooled");
    }

    static JsonNode probe(Client client, String database) {
        Client.Response response = client.query(database, PROBE);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("error")).as(response.body()).isNull();
        return answer.at("/results/0/rows/0");
    }
}
