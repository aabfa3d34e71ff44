package io.pgdeck.backup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what of a dump pgdeck leaves out when restoring it here, and says why. On a shared server that is everything
 * above the schema (the database itself, its settings, grants and comments, roles, extensions the team's role cannot
 * create) and anything that would widen access: ownership by another role, and grants that give another role a right
 * it did not have (CREATE on a schema, any write on a table or sequence, the right to grant further). Roles the team's
 * role is a member of (its application roles) get back every right the dump gives them but the right to grant further:
 * the team acts as them already.
 */
final class RestorePolicy {

    static final String ABOVE_SCHEMA_MULTI = "Above the schema: on this shared server only the platform's maintenance"
            + " user may create or change the database, its settings, grants and comments.";
    static final String ABOVE_SCHEMA_SINGLE =
            "The restore goes into the database you chose: pgdeck does not create or change databases while restoring.";
    static final String NO_PRIVILEGES = "Privileges are left out (No privileges is on).";
    static final String NEEDS_SUPERUSER = "Needs a superuser, which the team's role is not on this shared server.";

    private static final Set<String> SUPERUSER_ONLY =
            Set.of("PROCEDURAL LANGUAGE", "EVENT TRIGGER", "FOREIGN DATA WRAPPER", "SUBSCRIPTION", "ACCESS METHOD");
    private static final List<String> TABLE_WRITES =
            List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER");
    private static final Map<String, List<String>> WRITES = Map.of(
            "SCHEMA", List.of("CREATE"),
            "SCHEMAS", List.of("CREATE"),
            "TABLE", TABLE_WRITES,
            "TABLES", TABLE_WRITES,
            "ALL TABLES IN SCHEMA", TABLE_WRITES,
            "SEQUENCE", List.of("UPDATE", "USAGE"),
            "SEQUENCES", List.of("UPDATE", "USAGE"),
            "ALL SEQUENCES IN SCHEMA", List.of("UPDATE", "USAGE"),
            "LARGE OBJECT", List.of("UPDATE"));

    private final boolean multiTenant;
    private final TargetFacts facts;
    private final RestoreOptions options;
    private final String replaced;

    RestorePolicy(boolean multiTenant, TargetFacts facts, RestoreOptions options) {
        this(multiTenant, facts, options, null);
    }

    /** {@code replaced}: the schema a replace drops before the restore creates it again; null when none is. */
    RestorePolicy(boolean multiTenant, TargetFacts facts, RestoreOptions options, String replaced) {
        this.multiTenant = multiTenant;
        this.facts = facts;
        this.options = options;
        this.replaced = replaced;
    }

    boolean multiTenant() {
        return multiTenant;
    }

    String aboveSchema() {
        return multiTenant ? ABOVE_SCHEMA_MULTI : ABOVE_SCHEMA_SINGLE;
    }

    /** Why an extension cannot be created here, if it cannot. */
    Optional<String> extension(String name) {
        Optional<TargetFacts.Extension> extension = facts.extension(name);
        if (extension.isEmpty()) {
            return Optional.of("Extension " + name + " is not available on this server: ask the platform team to"
                    + " install it.");
        }
        if (extension.get().installed()) {
            return Optional.of("Extension " + name + " is already installed here.");
        }
        boolean mayCreate = facts.superuser() || (extension.get().trusted() && facts.canCreateInDatabase());
        return mayCreate
                ? Optional.empty()
                : Optional.of("Extension " + name + " needs a superuser to create: ask the platform team to install"
                        + " it in this database.");
    }

    /** A comment or label on an extension: only its owner may set one. */
    Optional<String> extensionComment(String name) {
        Optional<String> notCreated = extension(name);
        Optional<TargetFacts.Extension> existing = facts.extension(name).filter(TargetFacts.Extension::installed);
        if (existing.isPresent()
                && !facts.superuser()
                && !facts.role().equals(existing.get().owner())) {
            return Optional.of("Only the owner of extension " + name + " may comment on it.");
        }
        return existing.isPresent() ? Optional.empty() : notCreated.map(reason -> "Goes with the extension: " + reason);
    }

    /** A schema the restore would create: if it exists already (and is not being dropped first), its objects go in. */
    Optional<String> createSchema(String schema, boolean existsNow) {
        if (existsNow && !options.queries().clean() && !schema.equals(replaced)) {
            return Optional.of("Schema " + schema + " already exists here: its objects restore into it.");
        }
        return Optional.empty();
    }

    /** A large object the dump would create: one that exists here already is kept as it is (unless cleaning). */
    Optional<String> largeObject(String oid) {
        if (!options.queries().clean() && facts.largeObjectExists(oid)) {
            return Optional.of("Large object " + oid + " already exists here: it is kept as it is.");
        }
        return Optional.empty();
    }

    /** A comment on an existing schema the team's role does not own would fail. */
    Optional<String> schemaComment(String schema) {
        if (schema.equals(replaced)) {
            return Optional.empty();
        }
        return facts.schemaOwner(schema)
                .filter(owner -> !facts.superuser() && !owner.equals(facts.role()))
                .map(owner -> "Only the owner of schema " + schema + " (" + owner + ") may comment on it.");
    }

    Optional<String> superuserOnly(String kind) {
        return SUPERUSER_ONLY.contains(kind) ? needsSuperuser() : Optional.empty();
    }

    /** On a shared server, what only a superuser may do is left out. */
    Optional<String> needsSuperuser() {
        return multiTenant && !facts.superuser() ? Optional.of(NEEDS_SUPERUSER) : Optional.empty();
    }

    /** ALTER ... OWNER TO {@code role}. */
    Optional<String> ownership(String role) {
        if (options.doNotSave().owner()) {
            return Optional.of("Ownership is left out (No owner is on): objects belong to " + facts.role() + ".");
        }
        if (!facts.roleExists(role)) {
            return Optional.of("Role " + role + " does not exist here, so it cannot own objects.");
        }
        if (multiTenant && !role.equals(facts.role())) {
            return Optional.of("Would make " + role + " an owner here, a right it does not have.");
        }
        return Optional.empty();
    }

    /** Whether ownership by {@code owner} can be restored as the dump has it. */
    boolean keepsOwnership(String owner) {
        return owner.isEmpty() || ownership(owner).isEmpty();
    }

    /** A set of GRANT and REVOKE statements that come in together (one archive entry, or one statement). */
    Optional<String> grants(List<GrantStatement> grants) {
        if (options.doNotSave().privileges()) {
            return Optional.of(NO_PRIVILEGES);
        }
        for (GrantStatement grant : grants) {
            Optional<String> reason = grant(grant);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    private Optional<String> grant(GrantStatement grant) {
        if (grant.membership()) {
            return multiTenant ? Optional.of("Role memberships are the platform's to manage.") : Optional.empty();
        }
        if (grant.objectType().equals("DATABASE")) {
            return Optional.of(aboveSchema());
        }
        for (String role : grant.forRoles()) {
            if (multiTenant && !role.equals(facts.role())) {
                return Optional.of("Changes the default privileges of " + role + ", which only that role may do.");
            }
        }
        for (String grantee : grant.grantees()) {
            Optional<String> reason = grantTo(grant, grantee);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    private Optional<String> grantTo(GrantStatement grant, String grantee) {
        if (grantee.equals(facts.role()) || grantee.equals("current_user") || grantee.equals("current_role")) {
            return Optional.empty();
        }
        if (!grantee.equals("PUBLIC") && !facts.roleExists(grantee)) {
            return Optional.of("Grants to role " + grantee + ", which does not exist here.");
        }
        if (!multiTenant || !grant.grant()) {
            return Optional.empty();
        }
        if (grant.grantOption()) {
            return Optional.of("Would let " + grantee + " grant rights on to others (WITH GRANT OPTION).");
        }
        if (facts.actsAs(grantee)) {
            return Optional.empty();
        }
        for (String right : writes(grant)) {
            for (GrantStatement.ObjectName object : grant.objects()) {
                if (grant.defaultPrivileges() || !holds(grant.objectType(), grantee, object, right)) {
                    return Optional.of("Would give " + grantee + " " + right + " on " + describe(grant, object)
                            + ", a right it does not have here.");
                }
            }
            if (grant.defaultPrivileges()) {
                return Optional.of("Would give " + grantee + " " + right + " on "
                        + grant.objectType().toLowerCase(Locale.ROOT)
                        + " created later, a right it does not have here.");
            }
        }
        return Optional.empty();
    }

    private List<String> writes(GrantStatement grant) {
        List<String> writes = WRITES.getOrDefault(grant.objectType(), List.of());
        if (grant.privileges().contains("ALL")) {
            return writes;
        }
        return writes.stream().filter(grant.privileges()::contains).toList();
    }

    private boolean holds(String type, String grantee, GrantStatement.ObjectName object, String right) {
        if (grantee.equals("PUBLIC")) {
            return false;
        }
        return switch (type) {
            case "SCHEMA" -> facts.holdsOnSchema(grantee, object.name(), right);
            case "TABLE", "SEQUENCE" -> facts.holdsOnRelation(grantee, object.sql(), right);
            default -> false;
        };
    }

    private static String describe(GrantStatement grant, GrantStatement.ObjectName object) {
        return grant.objectType().toLowerCase(Locale.ROOT) + " " + object.sql();
    }
}
