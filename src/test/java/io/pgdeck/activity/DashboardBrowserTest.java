package io.pgdeck.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Dashboard as a team member uses it: a long query from the team's application appears, and is cancelled. */
class DashboardBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.IsVisibleOptions SOON =
            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @Test
    void seesALongRunningQueryOfTheTeamAndCancelsIt() throws Exception {
        try (Connection app = TeamSessions.open(TestPostgres.SUPERUSER, TestPostgres.SINGLE_DATABASE, "browser-probe");
                BrowserContext context = Browsers.chromium().newContext()) {
            CompletableFuture<Void> sleeping = TeamSessions.runInBackground(app, "SELECT pg_sleep(120)");
            Page page = context.newPage();
            Browsers.logIn(page, baseUrl());
            page.getByTestId("open-dashboard").click();

            Locator row = page.getByTestId("sessions-table")
                    .locator("tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("browser-probe"))
                    .filter(new Locator.FilterOptions().setHasText("pg_sleep(120)"));
            assertThat(row).isVisible(SOON);
            assertThat(row).containsText("active");
            assertThat(page.getByTestId("chart-Sessions").locator("canvas")).isVisible();
            assertThat(page.getByTestId("longest-running")).containsText("pg_sleep(120)");
            page.getByLabel("Filter sessions").fill("browser-probe");
            assertThat(page.getByTestId("sessions-table").locator("tbody tr")).hasCount(1);

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel query"))
                    .click();

            assertThat(page.getByTestId("dashboard-message")).containsText("cancel its query");
            assertThatThrownBy(() -> sleeping.get(20, TimeUnit.SECONDS))
                    .rootCause()
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("canceling statement due to user request");
            assertThat(row).containsText("idle", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        }
    }

    @Test
    void aDatabasesDashboardOpensFromTheObjectExplorer() {
        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page page = context.newPage();
            Browsers.logIn(page, baseUrl());
            page.getByTestId("tree-node-server/" + TestPostgres.SINGLE_DATABASE)
                    .click(new Locator.ClickOptions().setButton(com.microsoft.playwright.options.MouseButton.RIGHT));
            page.getByTestId("menu-dashboard").click();

            assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Dashboard · shop")))
                    .isVisible();
            assertThat(page.getByLabel("Database", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(TestPostgres.SINGLE_DATABASE);
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sessions")))
                    .isVisible();
        }
    }
}
