package io.pgdeck.provision;

import static io.pgdeck.provision.Step.role;

import io.pgdeck.provision.Catalog.DatabaseFacts;
import io.pgdeck.provision.Catalog.MaintenanceRole;
import io.pgdeck.provision.Catalog.RoleFacts;
import io.pgdeck.sql.SqlQuoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings the server to what a team's deployment needs, changing only what differs, so a second run changes nothing.
 * Everything that could refuse the request is checked before the first change; a change that fails takes back the
 * roles and database this run created.
 */
final class Provisioner {

    record Outcome(List<String> changes, List<String> notes, Credentials credentials) {}

    private final Maintenance maintenance;
    private final Team team;
    private final boolean rotate;
    private final List<String> changes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> undo = new ArrayList<>();

    Provisioner(Maintenance maintenance, Team team, boolean rotate) {
        this.maintenance = maintenance;
        this.team = team;
        this.rotate = rotate;
    }

    Outcome run(Credentials known) {
        String home = maintenance.url().database();
        try (Connection server = maintenance.connect(home)) {
            MaintenanceRole self = Catalog.maintenanceRole(server);
            requirePowers(self);
            Optional<DatabaseFacts> database =
                    team.multiTenant() ? Catalog.database(server, team.database(), team.reader()) : Optional.empty();
            database.ifPresent(this::requireOwnDatabase);
            Credentials credentials = credentials(server, known, database.isPresent() || !team.multiTenant());
            try {
                apply(server, serverSteps(server, self, credentials));
                apply(server, publicDatabaseSteps(server));
                grantReadOnly();
            } catch (SQLException | RuntimeException e) {
                throw takeBack(server, e);
            }
            return new Outcome(List.copyOf(changes), List.copyOf(notes), credentials);
        } catch (SQLException e) {
            throw new ProvisionRefused("provision failed: " + e.getMessage(), e);
        }
    }

    private void requirePowers(MaintenanceRole self) {
        if (team.multiTenant() && !self.superuser() && !(self.createdb() && self.createrole())) {
            throw new ProvisionRefused("maintenance role " + self.name() + " lacks "
                    + (self.createdb() ? "CREATEROLE" : self.createrole() ? "CREATEDB" : "CREATEDB and CREATEROLE")
                    + ": connect as a role with both to provision a multi-tenant team");
        }
        if (!team.multiTenant() && !self.superuser()) {
            throw new ProvisionRefused("maintenance role " + self.name() + " is not a superuser: a single-tenant"
                    + " deployment is the server's, so provision it as a superuser");
        }
    }

    private void requireOwnDatabase(DatabaseFacts database) {
        if (!database.owner().equals(team.owner())) {
            throw new ProvisionRefused("database " + database.name() + " already exists and is owned by "
                    + database.owner() + ", not " + team.owner() + ": choose another team name or hand it over first");
        }
    }

    /** The passwords to use: the ones kept in the output, or new ones for a new role or {@code --rotate}. */
    private Credentials credentials(Connection server, Credentials known, boolean canCheck) throws SQLException {
        Credentials credentials = known;
        if (rotate || known.accountHash() == null) {
            credentials = credentials.withNewTeamPassword();
            changes.add(rotate ? "new pgdeck team password" : "pgdeck team password");
        }
        String pgdeckRole = team.pgdeckRole();
        boolean exists = Catalog.role(server, pgdeckRole).isPresent();
        if (!exists || rotate) {
            return credentials.withRolePassword(Credentials.generate(32));
        }
        if (known.rolePassword() == null) {
            throw new ProvisionRefused("role " + pgdeckRole + " exists but the output holds no password for it:"
                    + " run again with --rotate to set new passwords");
        }
        if (canCheck && !maintenance.canLogIn(pgdeckDatabase(), pgdeckRole, known.rolePassword())) {
            throw new ProvisionRefused("the password the output holds for role " + pgdeckRole + " no longer logs in:"
                    + " run again with --rotate to set new passwords");
        }
        return credentials;
    }

    String pgdeckDatabase() {
        return team.multiTenant() ? team.database() : maintenance.url().database();
    }

    private List<Step> serverSteps(Connection server, MaintenanceRole self, Credentials credentials)
            throws SQLException {
        List<Step> steps = new ArrayList<>();
        if (team.multiTenant()) {
            steps.addAll(roleSteps(server, team.owner(), !team.production(), false, credentials));
            Optional<RoleFacts> owner = Catalog.role(server, team.owner());
            if (!self.superuser() && !owner.map(RoleFacts::maintenanceMember).orElse(false)) {
                steps.add(Step.sql(
                        "make " + self.name() + " a member of " + team.owner() + " to create and manage its database",
                        "GRANT " + role(team.owner()) + " TO CURRENT_USER"));
            }
            if (Catalog.database(server, team.database(), team.reader()).isEmpty()) {
                String database = SqlQuoting.quoteIdentifier(team.database());
                steps.add(Step.creating(
                        "create database " + team.database() + " owned by " + team.owner(),
                        "DROP DATABASE " + database,
                        "CREATE DATABASE " + database + " OWNER " + role(team.owner())));
            }
        } else if (!team.production()) {
            steps.addAll(roleSteps(server, team.admin(), true, true, credentials));
        }
        if (team.production()) {
            steps.addAll(roleSteps(server, team.reader(), true, false, credentials));
        }
        return steps;
    }

    /** Creates the role or corrects its attributes; sets its password when pgdeck connects as it. */
    private List<Step> roleSteps(
            Connection server, String name, boolean login, boolean superuser, Credentials credentials)
            throws SQLException {
        List<Step> steps = new ArrayList<>();
        Optional<RoleFacts> facts = Catalog.role(server, name);
        String attributes = superuser ? "SUPERUSER" : "NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS";
        boolean reader = name.equals(team.reader());
        if (facts.isEmpty()) {
            steps.add(Step.creating(
                    "create role " + name + (superuser ? " (superuser)" : ""),
                    "DROP ROLE " + role(name),
                    "CREATE ROLE " + role(name) + (login ? " LOGIN " : " NOLOGIN ") + attributes
                            + (reader ? " NOINHERIT" : "")));
        } else if (!attributesMatch(facts.get(), superuser)
                || (login && !facts.get().login())) {
            steps.add(Step.sql(
                    "correct the attributes of role " + name,
                    "ALTER ROLE " + role(name) + (login ? " LOGIN " : " ") + attributes));
        }
        if (reader && !facts.map(RoleFacts::readOnly).orElse(false)) {
            steps.add(Step.sql(
                    "make role " + name + " read-only by default",
                    "ALTER ROLE " + role(name) + " SET default_transaction_read_only = on"));
        }
        if (name.equals(team.pgdeckRole()) && (facts.isEmpty() || rotate)) {
            steps.add(Step.password(
                    (facts.isEmpty() ? "set the password of role " : "new password for role ") + name,
                    name,
                    credentials.rolePassword()));
        }
        return steps;
    }

    private static boolean attributesMatch(RoleFacts facts, boolean superuser) {
        if (superuser) {
            return facts.superuser();
        }
        return !facts.superuser() && !facts.createdb() && !facts.createrole() && !facts.bypassrls();
    }

    /**
     * What PUBLIC may do in the team's database (multi-tenant: nothing; the roles connect in their own name), or in
     * every database of a single-tenant production server (no TEMP: the read-only role is a member of PUBLIC).
     */
    private List<Step> publicDatabaseSteps(Connection server) throws SQLException {
        List<Step> steps = new ArrayList<>();
        if (team.multiTenant()) {
            DatabaseFacts database =
                    Catalog.database(server, team.database(), team.reader()).orElseThrow();
            String name = SqlQuoting.quoteIdentifier(database.name());
            if (database.publicConnect() || database.publicTemporary()) {
                steps.add(Step.sql(
                        "revoke CONNECT and TEMPORARY on database " + database.name() + " from PUBLIC",
                        "REVOKE CONNECT, TEMPORARY ON DATABASE " + name + " FROM PUBLIC"));
            }
            if (team.production() && !database.roleConnect()) {
                steps.add(Step.sql(
                        "grant CONNECT on database " + database.name() + " to " + team.reader(),
                        "GRANT CONNECT ON DATABASE " + name + " TO " + role(team.reader())));
            }
        } else if (team.production()) {
            for (String name : Catalog.connectableDatabases(server)) {
                DatabaseFacts database =
                        Catalog.database(server, name, team.reader()).orElseThrow();
                if (database.publicTemporary()) {
                    steps.add(Step.sql(
                            "revoke TEMPORARY on database " + name + " from PUBLIC",
                            "REVOKE TEMPORARY ON DATABASE " + SqlQuoting.quoteIdentifier(name) + " FROM PUBLIC"));
                }
            }
        }
        return steps;
    }

    private void grantReadOnly() throws SQLException {
        if (!team.production()) {
            return;
        }
        List<String> databases = team.multiTenant() ? List.of(team.database()) : connectable();
        for (String name : databases) {
            try (Connection database = maintenance.connect(name)) {
                String owner = team.multiTenant()
                        ? team.owner()
                        : Catalog.database(database, name, team.reader())
                                .orElseThrow()
                                .owner();
                apply(database, ReadOnlyGrants.plan(database, name, owner, team.reader(), notes));
            }
        }
    }

    private List<String> connectable() throws SQLException {
        try (Connection server = maintenance.connect(maintenance.url().database())) {
            return Catalog.connectableDatabases(server);
        }
    }

    private void apply(Connection connection, List<Step> steps) throws SQLException {
        for (Step step : steps) {
            step.action().apply(connection);
            changes.add(step.description());
            if (step.undo() != null) {
                // Databases go first: dropping one takes its grants to the roles with it.
                undo.add(step.undo().startsWith("DROP DATABASE") ? 0 : databasesUndone(), step.undo());
            }
        }
    }

    private int databasesUndone() {
        return (int)
                undo.stream().filter(sql -> sql.startsWith("DROP DATABASE")).count();
    }

    private ProvisionRefused takeBack(Connection server, Exception failure) {
        List<String> failed = new ArrayList<>();
        for (String sql : undo) {
            try (var statement = server.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                failed.add(sql + " (" + e.getMessage() + ")");
            }
        }
        String cause = failure.getMessage();
        return new ProvisionRefused(
                "provision failed: " + cause
                        + (failed.isEmpty() ? "; nothing was left half-made" : "; could not take back: " + failed),
                failure);
    }
}
