package io.pgdeck.backup;

import io.pgdeck.jobs.ExternalCommand;
import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.jobs.JobLog;
import io.pgdeck.jobs.ProcessRunner;
import io.pgdeck.server.ServerEndpoint;
import io.pgdeck.server.ServerInfo;
import io.pgdeck.state.StateProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * pg_dump, pg_restore and psql pointed at the managed server. The command line names the server, the role and the
 * database, as one would type it; the password reaches the tool through a 0600 password file for the run's length.
 */
@Component
final class ServerTools {

    private final ToolLocator locator;
    private final ServerInfo server;
    private final ServerEndpoint endpoint;
    private final ProcessRunner processes;
    private final Path secrets;

    ServerTools(
            ToolLocator locator,
            ServerInfo server,
            ServerEndpoint endpoint,
            ProcessRunner processes,
            StateProperties state) {
        this.locator = locator;
        this.server = server;
        this.endpoint = endpoint;
        this.processes = processes;
        this.secrets = state.dir().toAbsolutePath().normalize().resolve("jobs").resolve("secrets");
    }

    /** The tool to use with this server: 503 naming what to install when none is recent enough. */
    PostgresTool require(String name) {
        return locator.locate(name, server.majorVersion(), server.version());
    }

    /** {@code tool} connected to {@code database}, followed by {@code arguments}. */
    ExternalCommand command(PostgresTool tool, String database, List<String> arguments) {
        List<String> argv = new ArrayList<>(List.of(
                "--host=" + endpoint.host(),
                "--port=" + endpoint.port(),
                "--username=" + endpoint.username(),
                "--no-password",
                "--dbname=" + connectionDatabase(database)));
        argv.addAll(arguments);
        return new ExternalCommand(
                tool.path(),
                argv,
                Map.of(
                        "PGSSLMODE",
                        endpoint.sslmode(),
                        "PGAPPNAME",
                        io.pgdeck.audit.Actor.current().applicationName(),
                        "PGCONNECT_TIMEOUT",
                        "10"));
    }

    /** Runs {@code command} with the password handed over in a file that exists only while it runs. */
    int run(ExternalCommand command, ProcessRunner.Input input, JobLog log, JobCancellation cancellation)
            throws Exception {
        try (PassFile passFile = PassFile.create(secrets, endpoint.username(), endpoint.password())) {
            return processes.run(
                    command.withEnvironment("PGPASSFILE", passFile.path().toString()), input, log, cancellation);
        }
    }

    /**
     * A database name that libpq would read as a connection string (it holds '=' or starts like a URI) is given as
     * {@code dbname='...'} instead, so that the name is only ever a name.
     */
    static String connectionDatabase(String database) {
        if (database.indexOf('=') < 0 && !database.startsWith("postgresql://") && !database.startsWith("postgres://")) {
            return database;
        }
        return "dbname='" + database.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
