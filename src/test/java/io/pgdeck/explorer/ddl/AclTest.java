package io.pgdeck.explorer.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The GRANT/REVOKE statements that rebuild an ACL from an object's defaults, by pg_dump's rule. */
class AclTest {

    private static List<String> statements(String type, String column, List<String> acl, List<String> defaults) {
        return Acl.statements(type, "s.t", column, acl, defaults, "owner", false);
    }

    @Test
    void aNullAclMeansTheDefaultsAndNeedsNothing() {
        assertThat(Acl.statements("TABLE", "s.t", null, List.of(), List.of("owner=arwdDxt/owner"), "owner", true))
                .isEmpty();
    }

    @Test
    void grantsWhatTheDefaultsLackAndSaysAllWhenEveryPrivilegeIsThere() {
        assertThat(statements(
                        "TABLE",
                        null,
                        List.of("owner=arwdDxt/owner", "reader=r/owner", "=arwdDxt/owner"),
                        List.of("owner=arwdDxt/owner")))
                .containsExactly("GRANT SELECT ON TABLE s.t TO reader", "GRANT ALL ON TABLE s.t TO PUBLIC");
    }

    @Test
    void revokesADefaultEntryThatIsGoneThenGrantsWhatIsLeft() {
        assertThat(statements("FUNCTION", null, List.of("owner=X/owner"), List.of("=X/owner", "owner=X/owner")))
                .containsExactly("REVOKE ALL ON FUNCTION s.t FROM PUBLIC");
        assertThat(statements("TABLE", null, List.of("owner=rw/owner"), List.of("owner=arwdDxt/owner")))
                .containsExactly("REVOKE ALL ON TABLE s.t FROM owner", "GRANT SELECT,UPDATE ON TABLE s.t TO owner");
    }

    @Test
    void grantOptionsAndOtherGrantorsAreKept() {
        assertThat(statements(
                        "SEQUENCE",
                        null,
                        List.of("owner=rwU/owner", "writer=r*U/owner", "reader=U/writer"),
                        List.of("owner=rwU/owner")))
                .containsExactly(
                        "GRANT USAGE ON SEQUENCE s.t TO writer",
                        "GRANT SELECT ON SEQUENCE s.t TO writer WITH GRANT OPTION",
                        "SET SESSION AUTHORIZATION writer",
                        "GRANT USAGE ON SEQUENCE s.t TO reader",
                        "RESET SESSION AUTHORIZATION");
    }

    @Test
    void quotedRoleNamesAreReadAndWrittenBack() {
        assertThat(statements("SCHEMA", null, List.of("\"Odd \"\"Role\"\"=/x\"=UC/owner"), List.of()))
                .containsExactly("GRANT ALL ON SCHEMA s.t TO \"Odd \"\"Role\"\"=/x\"");
    }

    @Test
    void columnPrivilegesNameTheColumnAndNeverSayAll() {
        assertThat(statements("TABLE", "Price", List.of("reader=arwx/owner"), List.of()))
                .containsExactly("GRANT SELECT(\"Price\"),INSERT(\"Price\"),REFERENCES(\"Price\"),UPDATE(\"Price\")"
                        + " ON TABLE s.t TO reader");
    }

    @Test
    void defaultPrivilegesAreGrantsForTheRoleInTheSchema() {
        assertThat(Acl.defaultPrivileges("Owner", "s", "f", List.of("writer=X*/Owner", "=X/Owner")))
                .containsExactly(
                        "ALTER DEFAULT PRIVILEGES FOR ROLE \"Owner\" IN SCHEMA s GRANT ALL ON FUNCTIONS TO writer"
                                + " WITH GRANT OPTION",
                        "ALTER DEFAULT PRIVILEGES FOR ROLE \"Owner\" IN SCHEMA s GRANT ALL ON FUNCTIONS TO PUBLIC");
    }
}
