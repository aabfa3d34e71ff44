package io.pgdeck.provision;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What the operator asked for on the command line, checked before anything is connected to. */
record ProvisionOptions(
        boolean deprovision,
        MaintenanceUrl maintenance,
        Path passwordFile,
        Team team,
        Path output,
        String impactLevel,
        Path teamPasswordFile,
        boolean rotate,
        boolean yes) {

    private static final Set<String> FLAGS = Set.of("--rotate", "--yes");
    private static final Set<String> VALUED = Set.of(
            "--maintenance-url",
            "--password-file",
            "--team",
            "--environment",
            "--tenancy",
            "--output",
            "--impact-level",
            "--team-password-file");
    private static final Pattern IMPACT_LEVEL = Pattern.compile("IL[245]");

    static ProvisionOptions parse(List<String> args) {
        boolean deprovision = args.get(0).equals("deprovision");
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (FLAGS.contains(name) && equals < 0) {
                values.put(name, "true");
            } else if (VALUED.contains(name) && equals > 0) {
                values.put(name, arg.substring(equals + 1));
            } else if (VALUED.contains(name) && i + 1 < args.size()) {
                values.put(name, args.get(++i));
            } else {
                throw new ProvisionRefused(unknown(arg));
            }
        }
        String impactLevel = values.getOrDefault("--impact-level", "IL2");
        if (!IMPACT_LEVEL.matcher(impactLevel).matches()) {
            throw new ProvisionRefused("--impact-level '" + impactLevel + "' is not IL2, IL4 or IL5");
        }
        if (!deprovision && !values.containsKey("--output")) {
            throw new ProvisionRefused("--output DIR is missing: the folder that receives pgdeck.env, secret.yaml"
                    + " and configmap.yaml");
        }
        return new ProvisionOptions(
                deprovision,
                MaintenanceUrl.parse(required(values, "--maintenance-url")),
                path(values.get("--password-file")),
                Team.of(required(values, "--team"), required(values, "--environment"), required(values, "--tenancy")),
                path(values.get("--output")),
                impactLevel,
                path(values.get("--team-password-file")),
                values.containsKey("--rotate"),
                values.containsKey("--yes"));
    }

    private static String unknown(String arg) {
        return (VALUED.contains(arg) ? arg + " needs a value" : "unknown option '" + arg + "'")
                + "; see pgdeck provision --help";
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new ProvisionRefused(name + " is missing; see pgdeck provision --help");
        }
        return value;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
