package io.pgdeck.provision;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the maintenance role connects: {@code postgresql://user@host:port/database?sslmode=...}. A password in the URL
 * is refused: it would show in the process list and the shell's history.
 */
record MaintenanceUrl(String user, String host, int port, String database, String sslmode) {

    static MaintenanceUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(text);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw invalid(text);
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new ProvisionRefused("--maintenance-url holds a password: give it through PGPASSWORD, --password-file"
                    + " or the prompt, never on the command line");
        }
        if (user == null || user.isEmpty() || uri.getHost() == null) {
            throw invalid(text);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new MaintenanceUrl(
                user,
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                path.isEmpty() ? "postgres" : path,
                sslmode(uri.getQuery()));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static String sslmode(String query) {
        if (query == null) {
            return "prefer";
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("sslmode=")) {
                return pair.substring("sslmode=".length());
            }
        }
        return "prefer";
    }

    private static ProvisionRefused invalid(String text) {
        return new ProvisionRefused("--maintenance-url '" + text + "' is not postgresql://user@host:port/database");
    }
}
