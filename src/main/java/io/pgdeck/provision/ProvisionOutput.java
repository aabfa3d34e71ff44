package io.pgdeck.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What pgdeck starts from, as provision writes it: {@code pgdeck.env} (every setting, for a container runtime's
 * {@code --env-file} or a systemd unit), and for Kubernetes {@code secret.yaml} (the two secrets) and
 * {@code configmap.yaml} (the rest). Files holding secrets are created 0600; a file is rewritten only when its content
 * changes.
 */
final class ProvisionOutput {

    static final String ENV_FILE = "pgdeck.env";
    static final String SECRET_FILE = "secret.yaml";
    static final String CONFIG_MAP_FILE = "configmap.yaml";
    static final String ROLE_PASSWORD = "PGDECK_SERVER_PASSWORD";
    static final String ACCOUNT_HASH = "PGDECK_ACCOUNT_PASSWORDHASH";
    static final List<String> FILES = List.of(ENV_FILE, SECRET_FILE, CONFIG_MAP_FILE);

    private ProvisionOutput() {}

    /** The secrets a previous run wrote, so that a second run keeps them. */
    static Credentials known(Path dir) {
        Map<String, String> env = readEnv(dir.resolve(ENV_FILE));
        return new Credentials(env.get(ROLE_PASSWORD), env.get(ACCOUNT_HASH), null);
    }

    /** Every setting pgdeck needs, by environment variable name, secrets included. */
    static Map<String, String> settings(
            Team team, MaintenanceUrl url, String database, String impactLevel, Credentials credentials) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PGDECK_SERVER_NAME", team.name() + " " + team.environment());
        settings.put("PGDECK_SERVER_HOST", url.host());
        settings.put("PGDECK_SERVER_PORT", Integer.toString(url.port()));
        settings.put("PGDECK_SERVER_DATABASE", database);
        settings.put("PGDECK_SERVER_USERNAME", team.pgdeckRole());
        settings.put("PGDECK_SERVER_SSLMODE", url.sslmode());
        settings.put("PGDECK_DEPLOYMENT_ENVIRONMENT", team.environment());
        settings.put("PGDECK_DEPLOYMENT_TENANCY", team.tenancy());
        settings.put("PGDECK_DEPLOYMENT_IMPACTLEVEL", impactLevel);
        settings.put(ROLE_PASSWORD, credentials.rolePassword());
        settings.put(ACCOUNT_HASH, credentials.accountHash());
        return settings;
    }

    /** Writes the three files; answers the ones whose content changed. */
    static List<String> write(Path dir, Team team, Map<String, String> settings) {
        Map<String, String> secrets = new LinkedHashMap<>();
        Map<String, String> config = new LinkedHashMap<>();
        settings.forEach((name, value) ->
                (name.equals(ROLE_PASSWORD) || name.equals(ACCOUNT_HASH) ? secrets : config).put(name, value));
        List<String> written = new ArrayList<>();
        write(dir, ENV_FILE, envFile(team, settings), written);
        write(dir, SECRET_FILE, KubernetesObjects.secret(team, secrets), written);
        write(dir, CONFIG_MAP_FILE, KubernetesObjects.configMap(team, config), written);
        return written;
    }

    /** Removes what {@link #write} wrote; answers the files removed. */
    static List<String> remove(Path dir) {
        List<String> removed = new ArrayList<>();
        for (String name : FILES) {
            try {
                if (Files.deleteIfExists(dir.resolve(name))) {
                    removed.add(dir.resolve(name).toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removed;
    }

    /** Writes a file only its owner may read, created so from the start (never world-readable for a moment). */
    static void writePrivate(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(
                    parent,
                    ".pgdeck-",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ProvisionRefused("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> readEnv(Path file) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return env;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    env.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new ProvisionRefused("cannot read " + file + ": " + e.getMessage(), e);
        }
        return env;
    }

    private static String envFile(Team team, Map<String, String> settings) {
        StringBuilder text = new StringBuilder(
                "# pgdeck for " + team.describe() + ", written by pgdeck provision.\n"
                        + "# Holds secrets: keep it 0600. One NAME=value a line, taken literally (docker --env-file, systemd).\n");
        settings.forEach(
                (name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static void write(Path dir, String name, String content, List<String> written) {
        Path file = dir.resolve(name);
        try {
            if (Files.exists(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                return;
            }
        } catch (IOException e) {
            throw new ProvisionRefused("cannot read " + file + ": " + e.getMessage(), e);
        }
        writePrivate(file, content);
        written.add("write " + file);
    }
}
