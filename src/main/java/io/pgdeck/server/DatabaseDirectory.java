package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Which databases the deployment may see. Multi-tenant sees only the team's database, whatever else the role could
 * reach; single-tenant sees every database the role may connect to.
 */
@Component
public final class DatabaseDirectory {

    private static final String VISIBLE_DATABASES = SqlResource.load(DatabaseDirectory.class, "visible-databases.sql");

    /** How long a database seen in the catalog is taken as still there without asking again. */
    private static final long RECENT_NANOS = 2_000_000_000L;

    private record Seen(List<String> databases, long at) {}

    private final ServerConnections connections;
    private final DeploymentSettings deployment;
    private final AtomicReference<Seen> recent = new AtomicReference<>(new Seen(List.of(), 0));

    DatabaseDirectory(ServerConnections connections, DeploymentSettings deployment) {
        this.connections = connections;
        this.deployment = deployment;
    }

    public List<String> visibleDatabases() {
        if (deployment.isMultiTenant()) {
            return List.of(connections.defaultDatabase());
        }
        List<String> databases = connections.firstColumn(connections.defaultDatabase(), VISIBLE_DATABASES);
        recent.set(new Seen(databases, System.nanoTime()));
        return databases;
    }

    /**
     * The check every endpoint that changes a database makes first, in this order: 403 with {@code refusal} when the
     * deployment does not allow it (whatever the database, so a read-only deployment never says which databases
     * exist), then 404 for a database it may not see.
     *
     * @param allowed the capability the change needs, e.g. {@link Capabilities#write()}
     */
    public String requireAllowed(String database, boolean allowed, String refusal) {
        if (!allowed) {
            throw Problems.forbidden(refusal);
        }
        return requireVisible(database);
    }

    /**
     * Answers 404 for a database this deployment may not see, before anything touches it. A database seen in the last
     * two seconds is not looked up again (under load every request would otherwise read the catalog); one not seen is
     * always looked up, so a database created a moment ago is found.
     */
    public String requireVisible(String database) {
        Seen seen = recent.get();
        if (System.nanoTime() - seen.at() < RECENT_NANOS && seen.databases().contains(database)) {
            return database;
        }
        if (!visibleDatabases().contains(database)) {
            throw Problems.notFound("There is no database named '" + database + "' here.");
        }
        return database;
    }
}
