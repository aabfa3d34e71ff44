package io.pgdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What provision refuses, each with one clear line and nothing half-made; where the maintenance password may come
 * from (never an argument); and --rotate.
 */
class ProvisionRefusalsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a role without CREATEROLE | platform_weak | refused_weak | CREATEROLE",
                "a team name that is no plain identifier | platform_admin | Team-A;drop | plain identifier",
                "a database that exists with another owner | platform_admin | taken | taken",
            })
    void refusesWithOneLineAndMakesNothing(String why, String maintenance, String team, String said) {
        Run refused = Run.as(maintenance, provision(team));

        assertThat(refused.status()).as(refused.out()).isEqualTo(ProvisionCommand.REFUSED);
        assertThat(refused.errLines()).as(why).singleElement().asString().contains(said);
        assertNothingMadeFor(team);
    }

    @Test
    void aWrongPasswordAndAnUnreachableServerAreRefusedWithOneLine() {
        Run wrong = Run.of(
                Map.of("PGPASSWORD", "not-the-password"),
                withUrl(ProvisionServer.url(ProvisionServer.ADMIN), provision("wrong_password")));
        assertThat(wrong.status()).isEqualTo(ProvisionCommand.REFUSED);
        assertThat(wrong.errLines()).singleElement().asString().contains("password");
        assertNothingMadeFor("wrong_password");

        Run unreachable = Run.of(
                Map.of("PGPASSWORD", ProvisionServer.PASSWORD),
                withUrl("postgresql://platform_admin@127.0.0.1:1/postgres", provision("unreachable")));
        assertThat(unreachable.status()).isEqualTo(ProvisionCommand.REFUSED);
        assertThat(unreachable.errLines()).singleElement().asString().contains("127.0.0.1:1");
    }

    @Test
    void thePasswordComesFromAFileOrAPromptNeverFromTheCommandLine() throws IOException {
        Path passwordFile = dir.resolve("maintenance-password");
        Files.writeString(passwordFile, ProvisionServer.PASSWORD + "\n");
        String[] fromFile = withUrl(ProvisionServer.url(ProvisionServer.ADMIN), provision("from_file"));
        String[] withFile = java.util.Arrays.copyOf(fromFile, fromFile.length + 2);
        withFile[fromFile.length] = "--password-file";
        withFile[fromFile.length + 1] = passwordFile.toString();
        Run filed = Run.of(Map.of(), withFile);
        assertThat(filed.status()).as(filed.err()).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int prompted = new ProvisionCommand(
                        Map.of(),
                        ProvisionServer.PASSWORD::toCharArray,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(withUrl(ProvisionServer.url(ProvisionServer.ADMIN), provision("from_prompt")));
        assertThat(prompted).as(err.toString(StandardCharsets.UTF_8)).isZero();

        Run asArgument = Run.of(
                Map.of(),
                withUrl(
                        "postgresql://platform_admin:" + ProvisionServer.PASSWORD + "@127.0.0.1:"
                                + ProvisionServer.port() + "/postgres",
                        provision("from_argument")));
        assertThat(asArgument.status()).isEqualTo(ProvisionCommand.REFUSED);
        assertThat(asArgument.err()).doesNotContain(ProvisionServer.PASSWORD);
        assertNothingMadeFor("from_argument");
    }

    @Test
    void rotateGivesTheTeamAndItsRoleNewPasswords() throws IOException {
        Run first = Run.as(ProvisionServer.ADMIN, provision("rotating"));
        assertThat(first.status()).as(first.err()).isZero();
        String before = Files.readString(dir.resolve("out-rotating").resolve(ProvisionOutput.ENV_FILE));

        String[] rotate = java.util.Arrays.copyOf(provision("rotating"), provision("rotating").length + 1);
        rotate[rotate.length - 1] = "--rotate";
        Run rotated = Run.as(ProvisionServer.ADMIN, rotate);

        assertThat(rotated.status()).as(rotated.err()).isZero();
        String after = Files.readString(dir.resolve("out-rotating").resolve(ProvisionOutput.ENV_FILE));
        assertThat(password(after, "PGDECK_SERVER_PASSWORD")).isNotEqualTo(password(before, "PGDECK_SERVER_PASSWORD"));
        assertThat(password(after, "PGDECK_ACCOUNT_PASSWORDHASH"))
                .isNotEqualTo(password(before, "PGDECK_ACCOUNT_PASSWORDHASH"));
    }

    private static String password(String env, String name) {
        return env.lines()
                .filter(line -> line.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in "
                        + env.lines().map(l -> l.split("=")[0]).toList()));
    }

    private String[] provision(String team) {
        return new String[] {
            "provision",
            "--team",
            team,
            "--environment",
            "staging",
            "--tenancy",
            "multi",
            "--output",
            dir.resolve("out-" + team.replaceAll("[^a-z_]", "_")).toString()
        };
    }

    private static String[] withUrl(String url, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = args[0];
        all[1] = "--maintenance-url";
        all[2] = url;
        System.arraycopy(args, 1, all, 3, args.length - 1);
        return all;
    }

    private static void assertNothingMadeFor(String team) {
        String prefix = team.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        assertThat(ProvisionServer.column(
                        "postgres", "SELECT rolname FROM pg_roles WHERE rolname LIKE '" + prefix + "\\_%'"))
                .isEmpty();
        if (!team.equals("taken")) {
            assertThat(ProvisionServer.column(
                            "postgres", "SELECT datname FROM pg_database WHERE datname = '" + prefix + "'"))
                    .isEmpty();
        }
    }
}
