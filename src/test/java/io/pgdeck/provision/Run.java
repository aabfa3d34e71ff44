package io.pgdeck.provision;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the command line as an operator would type it, with what it printed and its exit status. */
record Run(int status, String out, String err) {

    static Run of(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ProvisionCommand(
                        environment,
                        () -> null,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** provision (or deprovision) as {@code role} with its password in PGPASSWORD. */
    static Run as(String role, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--maintenance-url");
        all.add(2, ProvisionServer.url(role));
        return of(Map.of("PGPASSWORD", ProvisionServer.PASSWORD), all.toArray(String[]::new));
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
