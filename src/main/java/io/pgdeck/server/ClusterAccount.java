package io.pgdeck.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The account the embedded server runs as. PostgreSQL refuses root, and a server that is root in disguise (a user
 * namespace) would let {@code COPY ... TO PROGRAM} act as root: so when pgdeck runs as root, its server runs as an
 * unprivileged account ({@code postgres} where it exists, else {@code nobody}) that owns the data directory.
 */
record ClusterAccount(String name, int uid, int gid) {

    private static final List<String> PREFERRED = List.of("postgres", "nobody");

    /** Empty when pgdeck is not root: its server then runs as pgdeck's own account. */
    static Optional<ClusterAccount> whenRoot() {
        if (effectiveUid() != 0) {
            return Optional.empty();
        }
        return Optional.of(PREFERRED.stream()
                .map(ClusterAccount::lookUp)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "pgdeck runs as root and no unprivileged account (postgres or nobody) exists to run its"
                                + " embedded PostgreSQL: create one or run pgdeck as an ordinary user")));
    }

    /** The command run as this account; PostgreSQL's programs inherit no capability and no supplementary group. */
    List<String> command(List<String> command) {
        List<String> asAccount = new ArrayList<>(
                List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--reset-env", "--"));
        asAccount.addAll(command);
        return asAccount;
    }

    /** Gives the account the files below a directory, and lets it reach the directory through its parents. */
    void own(Path directory) {
        try {
            requireReachable(directory.getParent());
            UserPrincipalLookupService names = FileSystems.getDefault().getUserPrincipalLookupService();
            var user = names.lookupPrincipalByName(name);
            var group = names.lookupPrincipalByGroupName(String.valueOf(gid));
            if (((Integer) Files.getAttribute(directory, "unix:uid")) == uid) {
                return;
            }
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.toList()) {
                    PosixFileAttributeView view = Files.getFileAttributeView(
                            path, PosixFileAttributeView.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    view.setOwner(user);
                    view.setGroup(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + directory + " to the account '" + name + "'", e);
        }
    }

    /**
     * The state directory is pgdeck's: the server's account may pass through it (to its data directory) but list or read
     * nothing else there. A parent it cannot pass through (root's home) is refused with the way out.
     */
    private void requireReachable(Path directory) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
        if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
            Files.setPosixFilePermissions(directory, permissions);
        }
        for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
            if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("pgdeck runs as root, so its embedded PostgreSQL runs as '" + name
                        + "', which cannot reach " + directory + " (" + parent + " is closed to it): choose a state"
                        + " directory elsewhere (pgdeck.state.dir) or run pgdeck as an ordinary user");
            }
        }
    }

    private static int effectiveUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static Optional<ClusterAccount> lookUp(String name) {
        try {
            Process getent = new ProcessBuilder("getent", "passwd", name)
                    .redirectErrorStream(true)
                    .start();
            String line = new String(getent.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (getent.waitFor() != 0 || line.isEmpty()) {
                return Optional.empty();
            }
            String[] fields = line.split(":");
            return Optional.of(new ClusterAccount(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
