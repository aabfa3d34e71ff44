package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which databases the deployment may see. Multi-tenant sees only the team's database, whatever else the role could
 * reach; single-tenant sees every database the role may connect to.
 */
@Component
public final class DatabaseDirectory {

    private static final String VISIBLE_DATABASES = SqlResource.load(DatabaseDirectory.class, "visible-databases.sql");

    private final ServerConnections connections;
    private final DeploymentSettings deployment;

    DatabaseDirectory(ServerConnections connections, DeploymentSettings deployment) {
        this.connections = connections;
        this.deployment = deployment;
    }

    public List<String> visibleDatabases() {
        if (deployment.isMultiTenant()) {
            return List.of(connections.defaultDatabase());
        }
        return connections.firstColumn(connections.defaultDatabase(), VISIBLE_DATABASES);
    }

    /** Answers 404 for a database this deployment may not see, before anything touches it. */
    public String requireVisible(String database) {
        if (!visibleDatabases().contains(database)) {
            throw Problems.notFound("There is no database named '" + database + "' here.");
        }
        return database;
    }
}
