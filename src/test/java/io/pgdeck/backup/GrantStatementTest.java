package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a GRANT gives which rights on what, as the restore policy needs to know. */
class GrantStatementTest {

    @Test
    void readsPrivilegesObjectsAndGrantees() {
        GrantStatement grant = GrantStatement.parse(
                        "GRANT SELECT, UPDATE (note, \"Total\") ON TABLE app.orders, \"App\".\"Mixed\" TO prod_reader,"
                                + " \"Quoted Role\", PUBLIC WITH GRANT OPTION")
                .orElseThrow();

        assertThat(grant.grant()).isTrue();
        assertThat(grant.privileges()).containsExactly("SELECT", "UPDATE");
        assertThat(grant.objectType()).isEqualTo("TABLE");
        assertThat(grant.objects())
                .extracting(
                        GrantStatement.ObjectName::sql,
                        GrantStatement.ObjectName::schema,
                        GrantStatement.ObjectName::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("app.orders", "app", "orders"),
                        org.assertj.core.groups.Tuple.tuple("\"App\".\"Mixed\"", "App", "Mixed"));
        assertThat(grant.grantees()).containsExactly("prod_reader", "Quoted Role", "PUBLIC");
        assertThat(grant.grantOption()).isTrue();
    }

    @Test
    void readsSchemaGrantsRevokesMembershipsAndDefaultPrivileges() {
        assertThat(GrantStatement.parse("GRANT ALL ON SCHEMA public TO PUBLIC").orElseThrow())
                .satisfies(grant -> {
                    assertThat(grant.objectType()).isEqualTo("SCHEMA");
                    assertThat(grant.privileges()).containsExactly("ALL");
                    assertThat(grant.grantees()).containsExactly("PUBLIC");
                });
        assertThat(GrantStatement.parse("REVOKE GRANT OPTION FOR INSERT ON app.t FROM GROUP staff CASCADE")
                        .orElseThrow())
                .satisfies(revoke -> {
                    assertThat(revoke.grant()).isFalse();
                    assertThat(revoke.privileges()).containsExactly("INSERT");
                    assertThat(revoke.grantees()).containsExactly("staff");
                });
        assertThat(GrantStatement.parse("GRANT admins TO alice, bob")
                        .orElseThrow()
                        .membership())
                .isTrue();
        GrantStatement defaults = GrantStatement.parse("ALTER DEFAULT PRIVILEGES FOR ROLE owner1 IN SCHEMA sales"
                        + " GRANT INSERT ON TABLES TO prod_reader")
                .orElseThrow();
        assertThat(defaults.defaultPrivileges()).isTrue();
        assertThat(defaults.forRoles()).containsExactly("owner1");
        assertThat(defaults.objectType()).isEqualTo("TABLES");
        assertThat(defaults.grantees()).containsExactly("prod_reader");
        assertThat(GrantStatement.parse("SELECT 1")).isEmpty();
    }
}
