package io.pgdeck.data;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.testing.TestPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** The one value {@code sql} answers in {@code database}, as text, read straight from the server. */
    static String scalar(String database, String sql) {
        try (Connection connection = TestPostgres.connect(database);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String scalar(String sql) {
        return scalar(DATABASE, sql);
    }

    /** Opens View/Edit Data on {@code relation} of the fixture's schema, as a user does: through Open table. */
    static void openInBrowser(Page page, String relation) {
        page.getByTestId("open-table").click();
        page.getByTestId("open-table-database").selectOption(DATABASE);
        page.getByTestId("open-table-schema").selectOption(SCHEMA);
        page.getByTestId("open-table-search").fill(relation);
        page.getByTestId("open-table-item")
                .filter(new Locator.FilterOptions().setHasText(relation))
                .first()
                .click();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
