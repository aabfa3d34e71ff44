package io.pgdeck.provision;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code pgdeck provision} and {@code pgdeck deprovision}: the operator's command line, run before (and instead of)
 * the web application. Every refusal is one line on standard error and exit status 2; success is exit status 0.
 */
public final class ProvisionCommand {

    static final int REFUSED = 2;
    private static final String HELP = """
            pgdeck provision   --maintenance-url postgresql://USER@HOST:PORT/DATABASE --team NAME
                               --environment staging|production --tenancy multi|single --output DIR
                               [--password-file FILE] [--team-password-file FILE] [--impact-level IL2|IL4|IL5]
                               [--rotate]
            pgdeck deprovision --maintenance-url ... --team NAME --environment ... --tenancy ... [--output DIR] --yes

            The maintenance role's password comes from PGPASSWORD, --password-file or a prompt, never an argument.
            See docs/operators.md.
            """;

    private final Map<String, String> environment;
    private final Supplier<char[]> prompt;
    private final PrintStream out;
    private final PrintStream err;

    ProvisionCommand(Map<String, String> environment, Supplier<char[]> prompt, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.prompt = prompt;
        this.out = out;
        this.err = err;
    }

    /** Whether the command line asks for provision rather than the web application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("provision") || args[0].equals("deprovision"));
    }

    /** Runs the command as the operator typed it; answers the process's exit status. */
    public static int main(String[] args) {
        Console console = System.console();
        Supplier<char[]> prompt =
                console == null ? () -> null : () -> console.readPassword("Password of the maintenance role: ");
        return new ProvisionCommand(System.getenv(), prompt, System.out, System.err).run(args);
    }

    int run(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.print(HELP);
            return 0;
        }
        try {
            ProvisionOptions options = ProvisionOptions.parse(arguments);
            Maintenance maintenance = new Maintenance(options.maintenance(), password(options));
            if (options.deprovision()) {
                deprovision(options, maintenance);
            } else {
                provision(options, maintenance);
            }
            return 0;
        } catch (ProvisionRefused e) {
            err.println("pgdeck " + args[0] + ": " + e.getMessage());
            return REFUSED;
        }
    }

    private void provision(ProvisionOptions options, Maintenance maintenance) {
        Team team = options.team();
        Provisioner provisioner = new Provisioner(maintenance, team, options.rotate());
        Provisioner.Outcome outcome = provisioner.run(ProvisionOutput.known(options.output()));
        Credentials credentials = outcome.credentials();
        Map<String, String> settings = ProvisionOutput.settings(
                team, options.maintenance(), provisioner.pgdeckDatabase(), options.impactLevel(), credentials);
        List<String> changes = new java.util.ArrayList<>(outcome.changes());
        changes.addAll(ProvisionOutput.write(options.output(), team, settings));
        outcome.notes().forEach(note -> err.println("note: " + note));
        if (changes.isEmpty()) {
            out.println(team.describe() + ": nothing to change");
            return;
        }
        out.println(team.describe() + ":");
        changes.forEach(change -> out.println("  " + change));
        if (credentials.teamPassword() != null) {
            showTeamPassword(options, credentials.teamPassword());
        }
    }

    private void showTeamPassword(ProvisionOptions options, String password) {
        if (options.teamPasswordFile() != null) {
            ProvisionOutput.writePrivate(options.teamPasswordFile(), password + "\n");
            out.println("The team's pgdeck password is in " + options.teamPasswordFile() + " (mode 0600).");
        } else {
            out.println("The team's pgdeck password (shown once, only its hash is kept): " + password);
        }
    }

    private void deprovision(ProvisionOptions options, Maintenance maintenance) {
        Deprovisioner deprovisioner = new Deprovisioner(maintenance, options.team());
        List<String> removals = deprovisioner.removals();
        if (!options.yes()) {
            throw new ProvisionRefused(
                    "this would " + (removals.isEmpty() ? "remove nothing" : String.join(", ", removals))
                            + ", and the data with it: add --yes to confirm");
        }
        deprovisioner.run();
        List<String> files = options.output() == null ? List.of() : ProvisionOutput.remove(options.output());
        if (removals.isEmpty() && files.isEmpty()) {
            out.println(options.team().describe() + ": nothing to remove");
            return;
        }
        out.println(options.team().describe() + ":");
        removals.forEach(removal -> out.println("  " + removal));
        files.forEach(file -> out.println("  remove " + file));
    }

    private String password(ProvisionOptions options) {
        if (options.passwordFile() != null) {
            try {
                return Files.readString(options.passwordFile(), StandardCharsets.UTF_8)
                        .strip();
            } catch (IOException e) {
                throw new ProvisionRefused(
                        "cannot read --password-file " + options.passwordFile() + ": " + e.getMessage(), e);
            }
        }
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        char[] typed = prompt.get();
        if (typed == null) {
            throw new ProvisionRefused(
                    "no password for the maintenance role: set PGPASSWORD, pass --password-file FILE,"
                            + " or run from a terminal to be asked");
        }
        return new String(typed);
    }
}
