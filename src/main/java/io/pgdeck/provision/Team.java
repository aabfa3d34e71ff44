package io.pgdeck.provision;

import java.util.regex.Pattern;

/**
 * One team in one environment and the names provision gives it: the database and owner (multi-tenant), the
 * read-only role (production) and the superuser pgdeck connects as (single-tenant staging).
 */
record Team(String name, boolean production, boolean multiTenant) {

    // A plain identifier that needs no quoting, short enough that every role name below fits in 63 bytes.
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    static Team of(String name, String environment, String tenancy) {
        if (!PLAIN.matcher(name).matches() || name.startsWith("pg_")) {
            throw new ProvisionRefused("--team '" + name + "' is not a plain identifier: use 1 to 40 lower-case"
                    + " letters, digits and underscores, starting with a letter (and not pg_)");
        }
        if (!environment.equals("staging") && !environment.equals("production")) {
            throw new ProvisionRefused("--environment '" + environment + "' is not staging or production");
        }
        if (!tenancy.equals("multi") && !tenancy.equals("single")) {
            throw new ProvisionRefused("--tenancy '" + tenancy + "' is not multi or single");
        }
        return new Team(name, environment.equals("production"), tenancy.equals("multi"));
    }

    String database() {
        return name;
    }

    String owner() {
        return name + "_owner";
    }

    String reader() {
        return name + "_reader";
    }

    String admin() {
        return name + "_admin";
    }

    /** The role pgdeck itself connects as. */
    String pgdeckRole() {
        if (production) {
            return reader();
        }
        return multiTenant ? owner() : admin();
    }

    String environment() {
        return production ? "production" : "staging";
    }

    String tenancy() {
        return multiTenant ? "multi" : "single";
    }

    String describe() {
        return "team " + name + " (" + environment() + ", " + tenancy() + "-tenant)";
    }
}
