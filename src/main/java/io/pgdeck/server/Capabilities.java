package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;

/**
 * What the team may do here, decided once on the server from the deployment and the role pgdeck connects as. Every
 * endpoint that changes anything asks this; the UI only hides what it would refuse.
 */
public record Capabilities(boolean write, boolean backup, boolean restore, boolean createDatabase, boolean createRole) {

    /** Role attributes that widen what single-tenant staging may do. */
    public record RolePowers(boolean superuser, boolean createDatabase, boolean createRole) {}

    static Capabilities derive(DeploymentSettings settings, RolePowers role) {
        if (settings.isProduction()) {
            return new Capabilities(false, false, false, false, false);
        }
        boolean serverWide = !settings.isMultiTenant();
        return new Capabilities(
                true,
                true,
                true,
                serverWide && (role.superuser() || role.createDatabase()),
                serverWide && (role.superuser() || role.createRole()));
    }
}
