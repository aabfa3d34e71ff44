package io.pgdeck.data;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.KeyboardModifier;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** View/Edit Data's grid as a spreadsheet: its context menu copies and shows values; Ctrl+End reaches a millionth row. */
class DataGridBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.IsVisibleOptions SOON =
            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl).withClipboard();

    private Page page;

    @BeforeAll
    static void fixture() {
        DataFixture.create();
        TestPostgres.execute(
                DataFixture.DATABASE,
                "DROP TABLE IF EXISTS data_fixture.menu_copy",
                "CREATE TABLE data_fixture.menu_copy (id integer PRIMARY KEY, name text, note text)",
                "INSERT INTO data_fixture.menu_copy VALUES (1, 'alpha', 'it''s'), (2, 'bravo', NULL),"
                        + " (3, 'charlie', 'c')",
                "CREATE TABLE IF NOT EXISTS data_fixture.million AS SELECT g AS id FROM generate_series(1, 1000000) g",
                "ALTER TABLE data_fixture.million DROP CONSTRAINT IF EXISTS million_pkey",
                "ALTER TABLE data_fixture.million ADD PRIMARY KEY (id)",
                // The grid's row count starts from the planner's estimate: made exact, as on a table vacuumed lately.
                "VACUUM ANALYZE data_fixture.million");
    }

    @BeforeEach
    void openBrowser() {
        page = browser.page();
        page.waitForLoadState();
    }

    private Locator row(String text) {
        return page.getByTestId("data-grid")
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    private String clipboard() {
        return page.evaluate("() => navigator.clipboard.readText()").toString();
    }

    @Test
    void shiftF10OpensTheMenuThatCopiesMarkedRowsAndShowsACellsValue() {
        DataFixture.openInBrowser(page, "menu_copy");
        assertThat(row("alpha")).isVisible(SOON);

        row("alpha").getByRole(AriaRole.ROWHEADER).click();
        row("bravo")
                .getByRole(AriaRole.ROWHEADER)
                .click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        page.keyboard().press("Shift+F10");
        assertThat(page.getByTestId("data-menu")).isVisible();
        page.getByTestId("menu-copy-insert").click();
        assertThat(page.getByTestId("save-message")).hasText("Copied 2 rows.");
        assertThat(clipboard())
                .isEqualTo("INSERT INTO data_fixture.menu_copy (id, name, note) VALUES (1, 'alpha', 'it''s');\n"
                        + "INSERT INTO data_fixture.menu_copy (id, name, note) VALUES (2, 'bravo', NULL);");

        page.keyboard().press("Shift+F10");
        page.getByTestId("menu-copy-markdown").click();
        assertThat(page.getByTestId("data-menu")).isHidden();
        assertThat(clipboard())
                .isEqualTo("| id | name | note |\n| ---: | --- | --- |\n| 1 | alpha | it's |\n| 2 | bravo | NULL |");

        // A right click outside the marked rows acts on the cell clicked.
        row("charlie")
                .getByRole(AriaRole.GRIDCELL)
                .nth(1)
                .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-copy-json").click();
        assertThat(page.getByTestId("save-message")).hasText("Copied 1 row.");
        assertThat(clipboard()).isEqualTo("[\n  {\n    \"name\": \"charlie\"\n  }\n]");
        page.getByTestId("data-grid").press("ControlOrMeta+Shift+C");
        assertThat(clipboard()).isEqualTo("name\ncharlie");

        // The Menu key opens the same menu; its last item shows the active cell's whole value.
        page.getByTestId("data-grid").press("ContextMenu");
        page.getByTestId("menu-view-value").click();
        assertThat(page.getByTestId("value-viewer-text")).hasValue("charlie");
    }

    /**
     * The planner expects 5,000 rows of {@code id % 3 = 0} (0.5 % of the table); there are 333,333. Ctrl+End goes to
     * the last row expected; the page read there shows more, so the rows are counted and it goes on to the last.
     */
    @Test
    void ctrlEndReachesTheLastRowOfAFilterThePlannerUnderestimates() {
        filterMillion("id % 3 = 0", "3");
        Locator grid = page.getByTestId("data-grid");

        page.keyboard().press("ControlOrMeta+End");

        Locator last = grid.locator("[aria-rowindex='333334']");
        assertThat(last.getByRole(AriaRole.GRIDCELL).first())
                .hasText("999999", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(last.getByRole(AriaRole.ROWHEADER)).hasText("333333");
        assertThat(grid.locator("[aria-rowindex='333335']")).hasCount(0);
        assertThat(page.getByTestId("row-count")).hasText("333,333 rows");
    }

    /**
     * The planner expects 995,000 rows of {@code id % 3 <> 0}; there are 666,667. The page at the rows expected comes
     * back empty, which says only that the rows end before it: they are counted, and Ctrl+End lands on the last.
     */
    @Test
    void ctrlEndReachesTheLastRowOfAFilterThePlannerOverestimates() {
        filterMillion("id % 3 <> 0", "1");

        page.keyboard().press("ControlOrMeta+End");

        Locator last = page.getByTestId("data-grid").locator("[aria-rowindex='666668']");
        assertThat(last.getByRole(AriaRole.GRIDCELL).first())
                .hasText("1000000", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(last.getByRole(AriaRole.ROWHEADER)).hasText("666667");
        assertThat(page.getByTestId("data-grid").locator("[aria-rowindex='666669']"))
                .hasCount(0);
    }

    /** Opens the million rows filtered by {@code where}, and makes the first cell (which shows {@code first}) active. */
    private void filterMillion(String where, String first) {
        DataFixture.openInBrowser(page, "million");
        Locator grid = page.getByTestId("data-grid");
        assertThat(grid.locator("[aria-rowindex='2']")).isVisible(SOON);
        page.getByTestId("open-filters").click();
        page.getByTestId("where-text").fill(where);
        page.getByTestId("apply-filter").click();
        Locator firstCell = grid.locator("[aria-rowindex='2'] [role=gridcell]").first();
        assertThat(firstCell).hasText(first, new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        firstCell.click();
    }

    @Test
    void ctrlEndReachesTheMillionthRowWithinTwoSecondsAndTheLastRowsDoNotOverlap() {
        // At 150 % (a zoomed page, or a high-density screen) a million rows of 26 px exceed the 33.5 million pixels
        // Chromium lays out exactly: rows there landed on one another.
        page.evaluate("() => { document.documentElement.style.zoom = '1.5'; }");
        DataFixture.openInBrowser(page, "million");
        Locator grid = page.getByTestId("data-grid");
        assertThat(grid.locator("[aria-rowindex='2']")).isVisible(SOON);
        grid.locator("[aria-rowindex='2'] [role=gridcell]").first().click();

        List<String> pagesRead = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/rows?")) pagesRead.add(request.url().replaceAll(".*/rows\\?", ""));
        });
        long started = System.nanoTime();
        page.keyboard().press("ControlOrMeta+End");
        Locator last = grid.locator("[aria-rowindex='1000001']");
        assertThat(last.getByRole(AriaRole.GRIDCELL))
                .hasText("1000000", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("Ctrl+End on a million rows, in ms").isLessThan(2_000);

        assertThat(last.getByRole(AriaRole.ROWHEADER)).hasText("1000000");
        // The page that holds the last row says it is the last: nothing past it is offered or read.
        assertThat(grid.locator("[aria-rowindex='1000002']")).hasCount(0);
        assertThat(pagesRead).as("pages read after Ctrl+End").containsExactly("offset=999800&limit=200");
        List<BoundingBox> boxes = List.of(
                grid.locator("[aria-rowindex='999999']").boundingBox(),
                grid.locator("[aria-rowindex='1000000']").boundingBox(),
                last.boundingBox());
        for (int i = 1; i < boxes.size(); i++) {
            BoundingBox above = boxes.get(i - 1);
            BoundingBox below = boxes.get(i);
            assertThat(below.y).as("row %d starts where the row above ends", i).isEqualTo(above.y + above.height);
        }
        assertThat(grid.locator("[aria-rowindex='1000000'] [role=rowheader]")).hasText("999999");
        BoundingBox view = grid.boundingBox();
        assertThat(boxes.get(2).y + boxes.get(2).height)
                .as("the last row is in view")
                .isLessThanOrEqualTo(view.y + view.height);
    }
}
