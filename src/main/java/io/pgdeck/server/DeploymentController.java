package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.Environment;
import io.pgdeck.deployment.EnvironmentStrip;
import io.pgdeck.deployment.ImpactLevel;
import io.pgdeck.deployment.Tenancy;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeploymentController {

    record RoleView(String name, boolean superuser, boolean createDatabase, boolean createRole) {}

    record ServerView(String name, String host, int port, String version, RoleView role) {}

    record UserView(String name) {}

    record DeploymentView(
            Environment environment,
            Tenancy tenancy,
            ImpactLevel impactLevel,
            ServerView server,
            Capabilities capabilities,
            EnvironmentStrip banner,
            UserView user) {}

    private final DeploymentSettings settings;
    private final Capabilities capabilities;
    private final ServerView server;

    DeploymentController(
            DeploymentSettings settings, Capabilities capabilities, ServerEndpoint endpoint, ServerInfo info) {
        this.settings = settings;
        this.capabilities = capabilities;
        Capabilities.RolePowers powers = info.rolePowers();
        this.server = new ServerView(
                endpoint.name(),
                endpoint.host(),
                endpoint.port(),
                info.version(),
                new RoleView(info.roleName(), powers.superuser(), powers.createDatabase(), powers.createRole()));
    }

    @GetMapping("/api/v1/deployment")
    DeploymentView deployment(Principal user) {
        return new DeploymentView(
                settings.environment(),
                settings.tenancy(),
                settings.impactLevel(),
                server,
                capabilities,
                EnvironmentStrip.of(settings),
                new UserView(user.getName()));
    }
}
