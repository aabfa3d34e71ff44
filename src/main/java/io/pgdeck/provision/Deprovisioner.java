package io.pgdeck.provision;

import static io.pgdeck.provision.Step.role;

import io.pgdeck.sql.SqlQuoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes what provision made for a team: its database (multi-tenant) and its roles. A single-tenant role's objects
 * are handed to the maintenance role first, so the team's data outlives the role that created it.
 */
final class Deprovisioner {

    private final Maintenance maintenance;
    private final Team team;

    Deprovisioner(Maintenance maintenance, Team team) {
        this.maintenance = maintenance;
        this.team = team;
    }

    /** What would be removed, in words, for the confirmation and the report. */
    List<String> removals() {
        List<String> removals = new ArrayList<>();
        try (Connection server = maintenance.connect(maintenance.url().database())) {
            if (team.multiTenant()) {
                Optional<Catalog.DatabaseFacts> database = Catalog.database(server, team.database(), team.reader());
                if (database.isPresent() && !database.get().owner().equals(team.owner())) {
                    throw new ProvisionRefused("database " + team.database() + " is owned by "
                            + database.get().owner() + ", not " + team.owner() + ": provision did not make it");
                }
                database.ifPresent(facts -> removals.add("drop database " + facts.name()));
            }
            for (String name : roles()) {
                if (Catalog.role(server, name).isPresent()) {
                    removals.add("drop role " + name);
                }
            }
        } catch (SQLException e) {
            throw new ProvisionRefused("deprovision failed: " + e.getMessage(), e);
        }
        return removals;
    }

    void run() {
        try (Connection server = maintenance.connect(maintenance.url().database())) {
            if (team.multiTenant()
                    && Catalog.database(server, team.database(), team.reader()).isPresent()) {
                execute(server, "DROP DATABASE " + SqlQuoting.quoteIdentifier(team.database()) + " WITH (FORCE)");
            }
            List<String> existing = new ArrayList<>();
            for (String name : roles()) {
                if (Catalog.role(server, name).isPresent()) {
                    existing.add(name);
                }
            }
            // A multi-tenant team's privileges lived in its database, gone now; a single-tenant one's are everywhere.
            if (!existing.isEmpty() && !team.multiTenant()) {
                dropOwned(existing);
            }
            for (String name : existing) {
                execute(server, "DROP ROLE " + role(name));
            }
        } catch (SQLException e) {
            throw new ProvisionRefused("deprovision failed: " + e.getMessage(), e);
        }
    }

    private List<String> roles() {
        if (team.multiTenant()) {
            return team.production() ? List.of(team.reader(), team.owner()) : List.of(team.owner());
        }
        return team.production() ? List.of(team.reader()) : List.of(team.admin());
    }

    /** In every database: hands the roles' objects to the maintenance role, then drops their privileges. */
    private void dropOwned(List<String> roles) throws SQLException {
        String names = String.join(", ", roles.stream().map(Step::role).toList());
        List<String> databases;
        try (Connection server = maintenance.connect(maintenance.url().database())) {
            databases = Catalog.connectableDatabases(server);
        }
        for (String name : databases) {
            try (Connection database = maintenance.connect(name)) {
                execute(database, "REASSIGN OWNED BY " + names + " TO CURRENT_USER");
                execute(database, "DROP OWNED BY " + names);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
