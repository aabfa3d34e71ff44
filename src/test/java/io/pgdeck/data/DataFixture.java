package io.pgdeck.data;

import io.pgdeck.sql.SqlResource;
import io.pgdeck.testing.TestPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The data_fixture schema in the single-tenant database, created once per test run. */
final class DataFixture {

    static final String DATABASE = TestPostgres.SINGLE_DATABASE;
    static final String SCHEMA = "data_fixture";
    private static boolean created;

    private DataFixture() {}

    static synchronized void create() {
        if (!created) {
            TestPostgres.execute(DATABASE, SqlResource.load(DataFixture.class, "fixture.sql"));
            created = true;
        }
    }

    /** {@code /api/v1/databases/shop/schemas/data_fixture/{kind}/{name}}, the name URL-encoded. */
    static String path(String kind, String name) {
        return "/api/v1/databases/" + DATABASE + "/schemas/" + SCHEMA + "/" + kind + "/" + encode(name);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
