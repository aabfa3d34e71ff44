package io.pgdeck.provision;

import java.util.Map;

/** The Secret and ConfigMap that pgdeck's Deployment takes its environment from (deploy/kubernetes). */
final class KubernetesObjects {

    static final String NAME = "pgdeck";

    private KubernetesObjects() {}

    static String secret(Team team, Map<String, String> secrets) {
        return header("Secret", team) + "type: Opaque\nstringData:\n" + entries(secrets);
    }

    static String configMap(Team team, Map<String, String> config) {
        return header("ConfigMap", team) + "data:\n" + entries(config);
    }

    private static String header(String kind, Team team) {
        return "# Written by pgdeck provision for " + team.describe() + ".\n"
                + "apiVersion: v1\n"
                + "kind: " + kind + "\n"
                + "metadata:\n"
                + "  name: " + NAME + "\n"
                + "  labels:\n"
                + "    app.kubernetes.io/name: pgdeck\n"
                + "    app.kubernetes.io/instance: " + team.name() + "-" + team.environment() + "\n";
    }

    private static String entries(Map<String, String> values) {
        StringBuilder yaml = new StringBuilder();
        values.forEach((name, value) ->
                yaml.append("  ").append(name).append(": ").append(quote(value)).append('\n'));
        return yaml.toString();
    }

    /** A YAML double-quoted scalar: backslashes and quotes escaped, control characters refused by the callers' values. */
    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
