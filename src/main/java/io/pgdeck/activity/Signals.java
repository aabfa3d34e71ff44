package io.pgdeck.activity;

import io.pgdeck.audit.Audit;
import io.pgdeck.server.Capabilities;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Cancelling a session's query, or ending the session: only sessions in a visible database, only what the role may
 * signal (PostgreSQL decides: the same role, a role it belongs to, or pg_signal_backend), terminate in staging only.
 * Each is recorded in the audit log.
 */
@Service
final class Signals {

    private static final String TARGET = SqlResource.load(Signals.class, "signal-target.sql");

    private final ServerConnections connections;
    private final Activity activity;
    private final Capabilities capabilities;
    private final Audit audit;

    Signals(ServerConnections connections, Activity activity, Capabilities capabilities, Audit audit) {
        this.connections = connections;
        this.activity = activity;
        this.capabilities = capabilities;
        this.audit = audit;
    }

    void cancel(int pid) throws SQLException {
        signal(pid, "cancel", "pg_cancel_backend");
    }

    void terminate(int pid) throws SQLException {
        if (!capabilities.write()) {
            throw Problems.forbidden("Ending sessions is for staging only: this deployment is read-only. Cancel the"
                    + " session's query instead.");
        }
        signal(pid, "terminate", "pg_terminate_backend");
    }

    private void signal(int pid, String action, String function) throws SQLException {
        try (Connection connection = connections.open(connections.defaultDatabase())) {
            Map<String, Object> target = target(connection, pid);
            String database = (String) target.get("database");
            String summary =
                    action + " session " + pid + " (" + target.get("role") + ", " + target.get("application") + ")";
            audit.perform("activity", database, summary, Map.of("pid", pid, "action", action), () -> {
                send(connection, pid, function, target);
            });
        }
    }

    private Map<String, Object> target(Connection connection, int pid) throws SQLException {
        List<Map<String, Object>> rows = ActivityRows.read(connection, TARGET, List.of(pid, activity.databases(null)));
        if (rows.isEmpty()) {
            throw Activity.noSession(pid);
        }
        if (Boolean.TRUE.equals(rows.get(0).get("itself"))) {
            throw Problems.conflict("Session " + pid + " is pgdeck's own connection for this request.");
        }
        return rows.get(0);
    }

    private static void send(Connection connection, int pid, String function, Map<String, Object> target)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setInt(1, pid);
            try (ResultSet done = statement.executeQuery()) {
                done.next();
                if (!done.getBoolean(1)) {
                    throw Problems.conflict("Session " + pid + " could not be signalled: it has ended.");
                }
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw Problems.forbidden("This deployment's role may not signal session " + pid + " of role '"
                        + target.get("role") + "': PostgreSQL allows it only for the same role, a role it belongs to,"
                        + " or with pg_signal_backend.");
            }
            throw e;
        }
    }
}
