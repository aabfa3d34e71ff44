package io.pgdeck.explorer;

import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.util.UriUtils;

/** One object of every kind, in schema {@code explorer_fixture} of the single-tenant database, created once a run. */
final class ExplorerFixture {

    static final String DB = TestPostgres.SINGLE_DATABASE;
    static final String SCHEMA = "explorer_fixture";
    static final String BASE = "/api/v1/databases/" + DB;
    static final String SCHEMA_PATH = BASE + "/schemas/" + SCHEMA;

    private static boolean created;

    private ExplorerFixture() {}

    static synchronized void create() {
        if (!created) {
            TestPostgres.execute(DB, statements().toArray(String[]::new));
            created = true;
        }
    }

    /** The path of one object's properties, its name encoded as a path segment. */
    static String objectPath(String kind, String name) {
        return SCHEMA_PATH + "/" + kind + "/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    private static List<String> statements() {
        try (InputStream in = ExplorerFixture.class.getResourceAsStream("fixture.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n;;\n"))
                    .map(String::strip)
                    .filter(statement -> !statement.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
