package io.pgdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Every deployment shape, provisioned on a real server, provisioned again (nothing to change), started from what
 * provision wrote, used as the team would, and deprovisioned.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProvisionTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("multi", "staging", ProvisionServer.ADMIN),
                Arguments.of("multi", "production", ProvisionServer.SUPERUSER),
                Arguments.of("single", "staging", ProvisionServer.SUPERUSER),
                Arguments.of("single", "production", ProvisionServer.SUPERUSER));
    }

    @ParameterizedTest(name = "{0}-tenant {1}")
    @MethodSource("shapes")
    void provisionsStartsAndDeprovisions(
            String tenancy, String environment, String maintenance, @TempDir Path dir, CapturedOutput output)
            throws IOException {
        String team = "shop_" + tenancy + "_" + environment;
        Team names = Team.of(team, environment, tenancy);
        Path out = dir.resolve("out");
        Path teamPasswordFile = dir.resolve("team-password");
        String[] provision = {
            "provision",
            "--team",
            team,
            "--environment",
            environment,
            "--tenancy",
            tenancy,
            "--output",
            out.toString(),
            "--team-password-file",
            teamPasswordFile.toString(),
            "--impact-level",
            "IL4"
        };

        Run first = Run.as(maintenance, provision);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("create role " + names.pgdeckRole(), "write " + out.resolve("pgdeck.env"));
        assertThat(first.err()).doesNotContain("note:");
        for (Path file : new Path[] {out.resolve("pgdeck.env"), out.resolve("secret.yaml"), teamPasswordFile}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        String env = Files.readString(out.resolve("pgdeck.env"));
        assertThat(env)
                .contains(
                        "PGDECK_SERVER_USERNAME=" + names.pgdeckRole(),
                        "PGDECK_DEPLOYMENT_ENVIRONMENT=" + environment,
                        "PGDECK_DEPLOYMENT_TENANCY=" + tenancy,
                        "PGDECK_DEPLOYMENT_IMPACTLEVEL=IL4");
        assertThat(Files.readString(out.resolve("configmap.yaml"))).doesNotContain("PASSWORD");
        String teamPassword = Files.readString(teamPasswordFile).strip();

        Run again = Run.as(maintenance, provision);

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out())
                .isEqualTo("team " + team + " (" + environment + ", " + tenancy + "-tenant): nothing to change\n");
        assertThat(Files.readString(out.resolve("pgdeck.env"))).isEqualTo(env);
        assertRoleAttributes(names);

        String database = tenancy.equals("multi") ? team : "postgres";
        if (environment.equals("production")) {
            createTableAsOwner(names, database);
        }
        try (ProvisionedPgdeck pgdeck = new ProvisionedPgdeck(out)) {
            Client client = pgdeck.login(teamPassword);
            if (environment.equals("production")) {
                assertReadOnly(client, database);
                assertThat(output.getOut().lines().filter(line -> line.contains("ReadOnlyRoleCheck")))
                        .as("the production role check's start-up warnings")
                        // Logged for every role: no privilege can take from a role its own sessions.
                        .allMatch(line -> line.contains("its own other sessions"));
            } else {
                assertWritable(client, database);
            }
        }

        deprovision(maintenance, team, environment, tenancy, out, names);
    }

    private static void assertRoleAttributes(Team names) {
        String attributes = ProvisionServer.column(
                        "postgres",
                        "SELECT concat_ws(',', rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolcanlogin,"
                                + " array_to_string(rolconfig, ';')) FROM pg_roles WHERE rolname = '"
                                + names.pgdeckRole() + "'")
                .get(0);
        if (names.production()) {
            assertThat(attributes).isEqualTo("f,f,f,f,t,default_transaction_read_only=on");
        } else if (names.multiTenant()) {
            assertThat(attributes).isEqualTo("f,f,f,f,t");
        } else {
            assertThat(attributes).isEqualTo("t,f,f,f,t");
        }
    }

    /** A table the owner creates after provision: the read-only role reads it through the default privileges. */
    private static void createTableAsOwner(Team names, String database) {
        String owner = names.multiTenant() ? names.owner() : "postgres";
        ProvisionServer.execute(
                database,
                "SET ROLE " + owner,
                "CREATE TABLE later_orders (id bigint PRIMARY KEY, total numeric)",
                "INSERT INTO later_orders SELECT g, g * 2 FROM generate_series(1, 7) g",
                "RESET ROLE");
    }

    private static void assertReadOnly(Client client, String database) {
        JsonNode read =
                client.query(database, "SELECT count(*) FROM later_orders").json();
        assertThat(read.get("error")).as(read.toString()).isNull();
        assertThat(read.at("/results/0/rows/0/0").asInt()).isEqualTo(7);
        for (String write : new String[] {
            "CREATE TABLE sneaky (id int)",
            "INSERT INTO later_orders VALUES (8, 1)",
            "SELECT lo_create(0)",
            "CREATE TEMPORARY TABLE scratch (id int)"
        }) {
            JsonNode refused = client.query(database, write).json();
            assertThat(refused.get("error")).as(write + " -> " + refused).isNotNull();
        }
        assertThat(ProvisionServer.column(database, "SELECT count(*) FROM later_orders"))
                .containsExactly("7");
    }

    private static void assertWritable(Client client, String database) {
        JsonNode written = client.query(
                        database,
                        "CREATE TABLE provisioned_probe (id int); INSERT INTO provisioned_probe VALUES (1);"
                                + " SELECT count(*) FROM provisioned_probe")
                .json();
        assertThat(written.get("error")).as(written.toString()).isNull();
        assertThat(ProvisionServer.column(database, "SELECT count(*) FROM provisioned_probe"))
                .containsExactly("1");
        ProvisionServer.execute(database, "DROP TABLE provisioned_probe");
    }

    private static void deprovision(
            String maintenance, String team, String environment, String tenancy, Path out, Team names) {
        String[] deprovision = {
            "deprovision",
            "--team",
            team,
            "--environment",
            environment,
            "--tenancy",
            tenancy,
            "--output",
            out.toString()
        };
        Run unconfirmed = Run.as(maintenance, deprovision);
        assertThat(unconfirmed.status()).isEqualTo(ProvisionCommand.REFUSED);
        assertThat(unconfirmed.errLines())
                .singleElement()
                .asString()
                .contains("drop role " + names.pgdeckRole(), "--yes");
        assertThat(out.resolve("pgdeck.env")).exists();

        String[] confirmed = java.util.Arrays.copyOf(deprovision, deprovision.length + 1);
        confirmed[deprovision.length] = "--yes";
        Run removed = Run.as(maintenance, confirmed);

        assertThat(removed.status()).as(removed.err()).isZero();
        assertThat(ProvisionServer.column(
                        "postgres", "SELECT rolname FROM pg_roles WHERE rolname LIKE '" + team + "\\_%'"))
                .isEmpty();
        assertThat(ProvisionServer.column("postgres", "SELECT datname FROM pg_database WHERE datname = '" + team + "'"))
                .isEmpty();
        assertThat(out.resolve("pgdeck.env")).doesNotExist();
        assertThat(Run.as(maintenance, confirmed).out()).endsWith("nothing to remove\n");
        assertThat(Map.of()).isEmpty();
    }
}
