package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.query.QueryToolDriver;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Downloads are named after what they hold: a table's rows after the table, a query's result after its tab. */
class DownloadNamesBrowserTest extends SingleTenantTest {

    @RegisterExtension
    final TeamBrowser browser =
            TeamBrowser.loggedIn(this::baseUrl).with(new Browser.NewContextOptions().setAcceptDownloads(true));

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS download_names CASCADE",
                "CREATE SCHEMA download_names",
                "CREATE TABLE download_names.planets (id int PRIMARY KEY, name text)",
                "INSERT INTO download_names.planets VALUES (1, 'Mercury'), (2, 'Venus')");
    }

    @AfterEach
    void close() {
        TestPostgres.execute(TestPostgres.SINGLE_DATABASE, "DROP SCHEMA IF EXISTS download_names CASCADE");
    }

    @Test
    void aTablesRowsAreNamedAfterTheTable() throws IOException {
        page.getByTestId("open-table").click();
        page.getByTestId("open-table-database").selectOption(TestPostgres.SINGLE_DATABASE);
        page.getByTestId("open-table-schema").selectOption("download_names");
        page.getByTestId("open-table-item")
                .filter(new Locator.FilterOptions().setHasText("planets"))
                .first()
                .click();
        assertThat(page.getByTestId("data-grid")).containsText("Venus");

        Download csv = page.waitForDownload(() -> page.getByTestId("export-csv").click());

        assertThat(csv.suggestedFilename()).isEqualTo("planets.csv");
        assertThat(Files.readString(csv.path())).contains("Mercury").contains("Venus");
    }

    @Test
    void aQueryResultIsNamedAfterItsTab() throws IOException {
        QueryToolDriver.open(page, TestPostgres.SINGLE_DATABASE).run("SELECT 'Earth' AS planet");
        assertThat(page.getByTestId("result-grid"))
                .containsText("Earth", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        // The tab reads "Query 1 · shop •": its title, its database and the mark of text not saved.
        assertThat(page.locator(".tab-strip [role=tab][aria-selected=true]")).hasText("Query 1 · shop •");

        Download csv = page.waitForDownload(() -> page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("CSV").setExact(true))
                .click());

        assertThat(csv.suggestedFilename()).isEqualTo("Query 1 · shop.csv");
        assertThat(Files.readString(csv.path())).contains("Earth");
    }
}
