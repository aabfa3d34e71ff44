package io.pgdeck.explorer;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Server-wide objects, roles and tablespaces: single-tenant only. A multi-tenant team shares the server with others,
 * so for it these do not exist (404), like the other teams' databases.
 */
@RestController
@RequestMapping("/api/v1")
class ServerObjectsController {

    private static final String ROLES = SqlResource.load(ServerObjectsController.class, "roles.sql");
    private static final String TABLESPACES = SqlResource.load(ServerObjectsController.class, "tablespaces.sql");

    private final DeploymentSettings deployment;
    private final ServerConnections connections;
    private final CatalogReader reader;

    ServerObjectsController(DeploymentSettings deployment, ServerConnections connections, CatalogReader reader) {
        this.deployment = deployment;
        this.connections = connections;
        this.reader = reader;
    }

    @GetMapping("/roles")
    void roles(HttpServletResponse response) throws SQLException, IOException {
        list(ROLES, response);
    }

    @GetMapping("/tablespaces")
    void tablespaces(HttpServletResponse response) throws SQLException, IOException {
        list(TABLESPACES, response);
    }

    private void list(String sql, HttpServletResponse response) throws SQLException, IOException {
        requireServerWide(deployment);
        reader.writeList(connections.defaultDatabase(), sql, () -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            return response.getOutputStream();
        });
    }

    /** 404 in multi-tenant: server-wide objects are not this team's to see. */
    static void requireServerWide(DeploymentSettings deployment) {
        if (deployment.isMultiTenant()) {
            throw Problems.notFound("Roles and tablespaces are not available in multi-tenant deployments.");
        }
    }
}
