package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.InvalidSettingException;
import io.pgdeck.sql.SqlResource;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Production is read-only because its role cannot write, not because of a setting. At start, production refuses a role
 * that could change anything in a database it may see; what a read-only transaction alone must stop is logged as a
 * warning.
 */
@Component
final class ReadOnlyRoleCheck {

    static final String HOW_TO = "connect as a role with only CONNECT, USAGE and SELECT, as README.md "
            + "'The production read-only role' shows";
    private static final Logger log = LoggerFactory.getLogger(ReadOnlyRoleCheck.class);
    private static final String WRITE_POWERS = SqlResource.load(ReadOnlyRoleCheck.class, "write-powers.sql");
    private static final String RESIDUAL_POWERS = SqlResource.load(ReadOnlyRoleCheck.class, "residual-powers.sql");
    private static final String LARGE_OBJECT_POWERS =
            SqlResource.load(ReadOnlyRoleCheck.class, "large-object-powers.sql");
    private static final int LISTED = 8;

    ReadOnlyRoleCheck(
            DeploymentSettings deployment,
            ServerConnections connections,
            DatabaseDirectory directory,
            ServerInfo server) {
        if (!deployment.isProduction()) {
            return;
        }
        List<String> powers = new ArrayList<>();
        for (String database : directory.visibleDatabases()) {
            powers.addAll(connections.firstColumn(database, WRITE_POWERS));
        }
        if (!powers.isEmpty()) {
            throw new InvalidSettingException(
                    "pgdeck.server.username",
                    "production needs a read-only role, but role " + server.roleName() + " can write: "
                            + summary(powers),
                    HOW_TO);
        }
        for (String database : directory.visibleDatabases()) {
            refuseLargeObjectPowers(connections, database, server.roleName());
        }
        connections
                .firstColumn(connections.defaultDatabase(), RESIDUAL_POWERS)
                .forEach(warning -> log.warn("Production role {} {}", server.roleName(), warning));
    }

    /**
     * Refuses a role that may create or change large objects in {@code database}: only the read-only transaction
     * stops it, and the server's superuser could have revoked those functions from PUBLIC.
     */
    static void refuseLargeObjectPowers(ServerConnections connections, String database, String role) {
        List<String> functions = connections.firstColumn(database, LARGE_OBJECT_POWERS);
        if (!functions.isEmpty()) {
            throw new InvalidSettingException(
                    "pgdeck.server.username",
                    "production's role " + role + " may create or change large objects in database " + database + " ("
                            + summary(functions) + "), which only a read-only transaction stops",
                    "as the server's superuser, in database " + database + ": REVOKE EXECUTE ON FUNCTION "
                            + String.join(", ", functions) + " FROM PUBLIC (grant them back to the roles that write)");
        }
    }

    /** Lists every power the current role has in {@code database}; empty for a truly read-only role. */
    static List<String> writePowers(ServerConnections connections, String database) {
        return connections.firstColumn(database, WRITE_POWERS);
    }

    private static String summary(List<String> powers) {
        List<String> distinct = powers.stream().distinct().toList();
        String listed = String.join(", ", distinct.subList(0, Math.min(LISTED, distinct.size())));
        return distinct.size() > LISTED ? listed + " and " + (distinct.size() - LISTED) + " more" : listed;
    }
}
