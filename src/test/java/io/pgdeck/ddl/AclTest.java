package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GRANT/REVOKE statements that rebuild an ACL from an object's defaults, by pg_dump's rule. */
class AclTest {

    private static List<String> statements(String type, List<String> acl, List<String> defaults) {
        Map<String, Object> values = new HashMap<>();
        values.put("acl", acl == null ? null : acl.toArray());
        values.put("default_acl", defaults.toArray());
        values.put("owner", "owner");
        return Acl.of(type, "s.t", new Row(values));
    }

    @Test
    void aNullAclMeansTheDefaultsAndNeedsNothing() {
        assertThat(statements("TABLE", null, List.of("owner=arwdDxt/owner"))).isEmpty();
    }

    @Test
    void grantsWhatTheDefaultsLackAndSaysAllWhenEveryPrivilegeIsThere() {
        assertThat(statements(
                        "TABLE",
                        List.of("owner=arwdDxt/owner", "reader=r/owner", "=arwdDxt/owner"),
                        List.of("owner=arwdDxt/owner")))
                .containsExactly("GRANT SELECT ON TABLE s.t TO reader", "GRANT ALL ON TABLE s.t TO PUBLIC");
    }

    /** What ALL means follows the server: where tables also have MAINTAIN (m), the seven older ones are not all. */
    @Test
    void allIsWhatTheOwnerHasByDefaultOnThisServer() {
        assertThat(statements(
                        "TABLE", List.of("owner=arwdDxtm/owner", "r=arwdDxt/owner"), List.of("owner=arwdDxtm/owner")))
                .containsExactly("GRANT SELECT,INSERT,REFERENCES,DELETE,TRIGGER,TRUNCATE,UPDATE ON TABLE s.t TO r");
        assertThat(statements(
                        "TABLE", List.of("owner=arwdDxtm/owner", "r=arwdDxtm/owner"), List.of("owner=arwdDxtm/owner")))
                .containsExactly("GRANT ALL ON TABLE s.t TO r");
    }

    @Test
    void revokesADefaultEntryThatIsGoneThenGrantsWhatIsLeft() {
        assertThat(statements("FUNCTION", List.of("owner=X/owner"), List.of("=X/owner", "owner=X/owner")))
                .containsExactly("REVOKE ALL ON FUNCTION s.t FROM PUBLIC");
        assertThat(statements("TABLE", List.of("owner=rw/owner"), List.of("owner=arwdDxt/owner")))
                .containsExactly("REVOKE ALL ON TABLE s.t FROM owner", "GRANT SELECT,UPDATE ON TABLE s.t TO owner");
    }

    @Test
    void grantOptionsAndOtherGrantorsAreKept() {
        assertThat(statements(
                        "SEQUENCE",
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
        assertThat(statements(
                        "SCHEMA",
                        List.of("owner=UC/owner", "\"Odd \"\"Role\"\"=/x\"=UC/owner"),
                        List.of("owner=UC/owner")))
                .containsExactly("GRANT ALL ON SCHEMA s.t TO \"Odd \"\"Role\"\"=/x\"");
    }

    @Test
    void columnPrivilegesNameTheColumnAndNeverSayAll() {
        assertThat(Acl.column("s.t", "Price", List.of("reader=arwx/owner"), "owner"))
                .containsExactly("GRANT SELECT(\"Price\"),INSERT(\"Price\"),REFERENCES(\"Price\"),UPDATE(\"Price\")"
                        + " ON TABLE s.t TO reader");
    }

    @Test
    void defaultPrivilegesAreGrantsForTheRoleInTheSchema() {
        assertThat(Acl.defaultPrivileges(
                        "Owner",
                        "s",
                        "f",
                        List.of("writer=X*/Owner", "=X/Owner"),
                        List.of("=X/Owner", "\"Owner\"=X/Owner")))
                .containsExactly(
                        "ALTER DEFAULT PRIVILEGES FOR ROLE \"Owner\" IN SCHEMA s GRANT ALL ON FUNCTIONS TO writer"
                                + " WITH GRANT OPTION",
                        "ALTER DEFAULT PRIVILEGES FOR ROLE \"Owner\" IN SCHEMA s GRANT ALL ON FUNCTIONS TO PUBLIC");
    }
}
