package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The result grid as a spreadsheet: select cells, rows and columns, copy them in several forms, jump to the end. */
class ResultGridBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    QuerySessions sessions;

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl).withClipboard();

    private Page page;
    private QueryToolDriver tool;

    @BeforeEach
    void openQueryTool() {
        page = browser.page();
        tool = QueryToolDriver.open(page, "shop");
    }

    @AfterEach
    void closeBrowser() {
        sessions.closeIdle(java.time.Duration.ZERO);
    }

    @Test
    void copiesARangeAsTextAndTheSameSelectionAsMarkdownFromTheMenu() {
        run("SELECT g AS n, 'row ' || g AS label, g % 2 = 0 AS even FROM generate_series(1, 50) g");
        Locator grid = page.getByTestId("result-grid");
        assertThat(grid.locator("[data-row='1']")).containsText("row 1", SOON);

        cell(2, 0).click();
        cell(4, 1)
                .click(new Locator.ClickOptions()
                        .setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        page.keyboard().press("ControlOrMeta+C");
        assertThat(page.getByTestId("copy-message")).hasText("Copied 3 rows.");
        assertThat(clipboard()).isEqualTo("2\trow 2\n3\trow 3\n4\trow 4");

        page.keyboard().press("Shift+F10");
        page.getByTestId("menu-copy-markdown").click();
        assertThat(clipboard()).isEqualTo("| n | label |\n| ---: | --- |\n| 2 | row 2 |\n| 3 | row 3 |\n| 4 | row 4 |");

        // The row numbers' column has a header too: the column is found by its name.
        grid.locator("[role=columnheader]")
                .filter(new Locator.FilterOptions().setHasText("even"))
                .click();
        page.keyboard().press("ControlOrMeta+Shift+C");
        assertThat(clipboard()).startsWith("even\nfalse\ntrue\nfalse").endsWith("true");
    }

    @Test
    void ctrlEndReachesTheLastOfAMillionRowsWithinTwoSecondsAndRowsThereDoNotOverlap() {
        // At 150 % (a zoomed page, or a high-density screen) a million rows of 24 px exceed the 33.5 million pixels
        // Chromium lays out exactly: rows there landed on one another.
        page.evaluate("() => { document.documentElement.style.zoom = '1.5'; }");
        run("SELECT g AS n FROM generate_series(1, 1000000) g");
        Locator grid = page.getByTestId("result-grid");
        assertThat(grid.locator("[data-row='1']")).containsText("1", SOON);
        cell(1, 0).click();

        long started = System.nanoTime();
        page.keyboard().press("ControlOrMeta+End");
        assertThat(grid.locator("[data-row='1000000']")).containsText("1000000", SOON);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("Ctrl+End on a million rows, in ms").isLessThan(2_000);
        assertThat(grid.locator(".grid__cell--active")).hasText("1000000");
        assertThat(page.getByTestId("row-count")).containsText("1,000,000 rows");

        for (int row = 999_998; row <= 1_000_000; row++) {
            assertThat(grid.locator("[data-row='" + row + "'] [role=rowheader]"))
                    .hasText(String.valueOf(row));
            double top = grid.locator("[data-row='" + row + "']").boundingBox().y;
            double before = grid.locator("[data-row='" + (row - 1) + "']").boundingBox().y;
            assertThat(top - before)
                    .as("row %d lies one row below the row above", row)
                    .isEqualTo(24 * 1.5);
        }
        double bottom = grid.locator("[data-row='1000000']").boundingBox().y + 24 * 1.5;
        assertThat(bottom)
                .as("the last row is in view")
                .isLessThanOrEqualTo(grid.boundingBox().y + grid.boundingBox().height);
    }

    private Locator cell(int row, int column) {
        return page.getByTestId("result-grid")
                .locator("[data-row='" + row + "'] [role=gridcell]")
                .nth(column);
    }

    private String clipboard() {
        return page.evaluate("() => navigator.clipboard.readText()").toString();
    }

    private void run(String sql) {
        tool.run(sql);
    }
}
