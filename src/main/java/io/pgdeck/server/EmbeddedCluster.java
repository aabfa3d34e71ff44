package io.pgdeck.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL cluster started from the bundled binaries: initialised with a password (never trusting anyone), run as
 * an unprivileged account even when pgdeck is root, listening on the loopback only, its output in pgdeck's log.
 */
final class EmbeddedCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path binaries;
    private final Path dataDirectory;
    private final Optional<ClusterAccount> account;
    private final int port;
    private final String password;
    private final Process postmaster;

    private EmbeddedCluster(
            Path binaries,
            Path dataDirectory,
            Optional<ClusterAccount> account,
            int port,
            String password,
            Process postmaster) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.account = account;
        this.port = port;
        this.password = password;
        this.postmaster = postmaster;
    }

    /** Starts the cluster in a data directory, initialising it first when it holds none; the superuser is postgres. */
    static EmbeddedCluster start(Path dataDirectory, String password, Map<String, String> settings) {
        Path binaries = PostgresBinaries.unpacked();
        Optional<ClusterAccount> account = ClusterAccount.whenRoot();
        try {
            if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                initialise(binaries, dataDirectory, account, password);
            }
            account.ifPresent(owner -> owner.own(dataDirectory));
            stopOrphan(binaries, dataDirectory, account);
            int port = freePort();
            Process postmaster = launch(binaries, dataDirectory, account, port, settings);
            EmbeddedCluster cluster = new EmbeddedCluster(binaries, dataDirectory, account, port, password, postmaster);
            cluster.awaitConnections();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    int port() {
        return port;
    }

    DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        dataSource.setPassword(password);
        return dataSource;
    }

    private static void initialise(Path binaries, Path dataDirectory, Optional<ClusterAccount> account, String password)
            throws IOException {
        Files.createDirectories(
                dataDirectory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        account.ifPresent(owner -> owner.own(dataDirectory));
        // initdb reads the superuser's password from a file only the server's account can read, removed at once.
        Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-password");
        Files.deleteIfExists(passwordFile);
        Files.createFile(
                passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            account.ifPresent(owner -> owner.own(passwordFile));
            run(
                    account,
                    List.of(
                            binaries.resolve("bin/initdb").toString(),
                            "--pgdata=" + dataDirectory,
                            "--username=postgres",
                            "--encoding=UTF-8",
                            "--auth=scram-sha-256",
                            "--pwfile=" + passwordFile));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /** A postmaster left by a pgdeck that was killed still holds the directory: it is ours, so it is stopped. */
    private static void stopOrphan(Path binaries, Path dataDirectory, Optional<ClusterAccount> account)
            throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            log.warn("stopping the embedded PostgreSQL (pid {}) an earlier pgdeck left running", pid);
            stop(binaries, dataDirectory, account);
        }
    }

    private static Process launch(
            Path binaries, Path dataDirectory, Optional<ClusterAccount> account, int port, Map<String, String> settings)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve("bin/postgres").toString(),
                "-D",
                dataDirectory.toString(),
                "-p",
                String.valueOf(port),
                "-c",
                "unix_socket_directories="));
        settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        Process postmaster = new ProcessBuilder(asAccount(account, command))
                .redirectErrorStream(true)
                .start();
        Thread logger = new Thread(() -> logOutput(postmaster), "embedded-postgres-log");
        logger.setDaemon(true);
        logger.start();
        return postmaster;
    }

    private void awaitConnections() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        DataSource maintenance = dataSource("postgres");
        while (true) {
            try (Connection connection = maintenance.getConnection()) {
                return;
            } catch (SQLException e) {
                if (!postmaster.isAlive() || Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException(
                            "the embedded PostgreSQL did not start (see the log above): " + e.getMessage(), e);
                }
                sleepBriefly();
            }
        }
    }

    @Override
    public void close() {
        try {
            if (postmaster.isAlive()) {
                stop(binaries, dataDirectory, account);
            }
            postmaster.waitFor();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fast shutdown: sessions are ended, every acknowledged commit is kept. */
    private static void stop(Path binaries, Path dataDirectory, Optional<ClusterAccount> account) throws IOException {
        run(
                account,
                List.of(
                        binaries.resolve("bin/pg_ctl").toString(),
                        "stop",
                        "-D",
                        dataDirectory.toString(),
                        "-m",
                        "fast",
                        "-w"));
    }

    private static void run(Optional<ClusterAccount> account, List<String> command) throws IOException {
        Process process = new ProcessBuilder(asAccount(account, command))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException(command.get(0) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
        log.debug("{}: {}", command.get(0), output.strip());
    }

    private static List<String> asAccount(Optional<ClusterAccount> account, List<String> command) {
        return account.map(owner -> owner.command(command)).orElse(command);
    }

    private static void logOutput(Process postmaster) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(postmaster.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> log.info("{}", line));
        } catch (IOException e) {
            log.debug("the embedded PostgreSQL's output ended: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded PostgreSQL started", e);
        }
    }
}
