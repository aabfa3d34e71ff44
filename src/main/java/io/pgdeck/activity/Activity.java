package io.pgdeck.activity;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * What the server is doing, as far as this deployment may see: its sessions, locks and counters, only ever in the
 * databases the deployment may see (multi-tenant: the team's one database), whatever the role could read elsewhere.
 */
@Service
final class Activity {

    private static final String SESSIONS = load("sessions.sql");
    private static final String SESSION_QUERY = load("session-query.sql");
    private static final String LOCKS = load("locks.sql");
    private static final String STATS = load("stats.sql");
    private static final String PREPARED = load("prepared.sql");

    private final ServerConnections connections;
    private final DatabaseDirectory directory;

    Activity(ServerConnections connections, DatabaseDirectory directory) {
        this.connections = connections;
        this.directory = directory;
    }

    List<Map<String, Object>> sessions(String database) throws SQLException {
        List<String> databases = databases(database);
        return read(SESSIONS, List.of(databases));
    }

    String query(int pid) throws SQLException {
        List<Map<String, Object>> rows = read(SESSION_QUERY, List.of(pid, databases(null)));
        if (rows.isEmpty()) {
            throw noSession(pid);
        }
        return (String) rows.get(0).get("query");
    }

    /** A session that is gone and one in a database this deployment may not see get the same answer. */
    static ErrorResponseException noSession(int pid) {
        return Problems.notFound("There is no session " + pid + " in a database this deployment may see.");
    }

    List<Map<String, Object>> locks(String database) throws SQLException {
        return read(LOCKS, List.of(databases(database)));
    }

    /** The counters now, the sessions by state, and the prepared transactions. */
    Map<String, Object> stats(String database) throws SQLException {
        List<String> databases = databases(database);
        Map<String, Object> stats =
                read(STATS, Collections.nCopies(2, databases)).get(0);
        stats.put("preparedTransactions", read(PREPARED, List.of(databases)));
        return stats;
    }

    /** The visible databases, or the one named when it is visible (404 when not). */
    List<String> databases(String database) {
        if (database == null || database.isBlank()) {
            return directory.visibleDatabases();
        }
        return List.of(directory.requireVisible(database));
    }

    private List<Map<String, Object>> read(String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = connections.open(connections.defaultDatabase())) {
            return ActivityRows.read(connection, sql, parameters);
        }
    }

    private static String load(String name) {
        return SqlResource.load(Activity.class, name);
    }
}
