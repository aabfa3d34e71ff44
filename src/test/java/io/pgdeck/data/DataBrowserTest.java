package io.pgdeck.data;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A team member opens a table, edits it in the grid, saves, and resolves a conflict, in headless Chromium. */
class DataBrowserTest extends SingleTenantTest {

    @Autowired
    StorageArea storage;

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeAll
    static void fixture() {
        DataFixture.create();
    }

    @BeforeEach
    void openBrowser() {
        page = browser.page();
        TestPostgres.execute(
                DataFixture.DATABASE,
                "DROP TABLE IF EXISTS data_fixture.crew_missions",
                "DROP TABLE IF EXISTS data_fixture.crew",
                "CREATE TABLE data_fixture.crew (id integer PRIMARY KEY, name text NOT NULL, rank integer)",
                "INSERT INTO data_fixture.crew VALUES (1, 'alpha', 1), (2, 'bravo', 2), (3, 'charlie', 3),"
                        + " (4, 'delta', 4), (5, 'echo', 5), (6, 'foxtrot', 6)");
        page.waitForLoadState();
    }

    private void open(String relation) {
        DataFixture.openInBrowser(page, relation);
    }

    private Locator row(String name) {
        return page.getByTestId("data-grid")
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(name));
    }

    private void edit(Locator cell, String column, String value) {
        cell.dblclick();
        page.getByLabel("Value of " + column).fill(value);
        page.getByLabel("Value of " + column).press("Enter");
    }

    private static String crew() {
        return DataFixture.scalar(
                DataFixture.DATABASE,
                "SELECT string_agg(id || ':' || name || ':'"
                        + " || coalesce(rank::text, 'NULL'), ',' ORDER BY id) FROM data_fixture.crew");
    }

    @Test
    void aLongValueIsPreviewedViewedWholeAndEditedWhole() {
        TestPostgres.execute(
                DataFixture.DATABASE, "UPDATE data_fixture.crew SET name = repeat('n', 30000) || 'TAIL' WHERE id = 2");
        open("crew");
        Locator name = row("nnnn").locator("[data-column=name]");
        assertThat(name).containsText("nnnn…");

        name.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("value-viewer-text")).hasValue(Pattern.compile("^n{30000}TAIL$"));
        page.keyboard().press("Escape");

        name.dblclick();
        Locator editor = page.getByLabel("Value of name");
        assertThat(editor).hasValue(Pattern.compile("^n{30000}TAIL$"));
        editor.fill("bravo again");
        editor.press("Enter");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("save-message")).hasText("Saved: 0 inserted, 1 updated, 0 deleted.");
        assertThat(crew()).startsWith("1:alpha:1,2:bravo again:2,");
    }

    @Test
    void editsACellAddsAndDeletesARowSavesAndResolvesAConflict() {
        open("crew");
        assertThat(row("alpha")).isVisible();
        assertThat(page.getByTestId("row-count")).hasText("6 rows");

        edit(row("alpha").locator("[data-column=name]"), "name", "alpha edited");
        page.getByTestId("add-row").click();
        Locator added = page.getByTestId("data-grid").getByRole(AriaRole.ROW).nth(1);
        edit(added.locator("[data-column=id]"), "id", "7");
        edit(added.locator("[data-column=name]"), "name", "golf");
        row("charlie").getByRole(AriaRole.ROWHEADER).click();
        page.getByTestId("delete-rows").click();
        assertThat(page.getByTestId("pending-count")).hasText("3 pending changes");
        page.getByTestId("save").click();

        assertThat(page.getByTestId("save-message")).hasText("Saved: 1 inserted, 1 updated, 1 deleted.");
        assertThat(row("golf")).isVisible();
        assertThat(row("charlie")).hasCount(0);
        assertThat(crew()).isEqualTo("1:alpha edited:1,2:bravo:2,4:delta:4,5:echo:5,6:foxtrot:6,7:golf:NULL");

        edit(row("delta").locator("[data-column=rank]"), "rank", "40");
        edit(row("echo").locator("[data-column=rank]"), "rank", "50");
        TestPostgres.execute(
                DataFixture.DATABASE,
                "UPDATE data_fixture.crew SET rank = 400 WHERE id = 4",
                "UPDATE data_fixture.crew SET rank = 500 WHERE id = 5");
        page.getByTestId("save").click();

        Locator conflicts = page.getByTestId("conflict");
        assertThat(conflicts).hasCount(2);
        Locator delta = conflicts.filter(new Locator.FilterOptions().setHasText("id = 4"));
        assertThat(delta.getByTestId("theirs")).hasText("400");
        assertThat(delta.getByTestId("yours")).hasText("40");
        assertThat(crew()).contains("4:delta:400", "5:echo:500");
        delta.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep mine"))
                .click();
        conflicts
                .filter(new Locator.FilterOptions().setHasText("id = 5"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take theirs"))
                .click();
        page.getByTestId("save-again").click();

        assertThat(page.getByTestId("save-message")).hasText("Saved: 0 inserted, 1 updated, 0 deleted.");
        assertThat(page.getByTestId("conflicts")).hasCount(0);
        assertThat(crew()).contains("4:delta:40", "5:echo:500");
    }

    @Test
    void undoesBeforeSavingKeepsNullApartFromEmptyTextAndPastesRows() {
        open("crew");
        edit(row("bravo").locator("[data-column=name]"), "name", "");
        row("foxtrot").locator("[data-column=rank]").dblclick();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("NULL").setExact(true))
                .click();
        edit(row("alpha").locator("[data-column=name]"), "name", "undone");
        assertThat(page.getByTestId("pending-count")).hasText("3 pending changes");

        page.getByTestId("undo").click();
        assertThat(row("alpha")).isVisible();
        // Two rows copied from a spreadsheet: tab-separated, the empty rank becomes NULL.
        page.getByTestId("data-grid").evaluate("""
                grid => {
                  const data = new DataTransfer();
                  data.setData('text/plain', '8\\thotel\\t80\\n9\\tindia\\t\\n');
                  grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
                }
                """);
        assertThat(row("india")).isVisible();
        page.getByTestId("save").click();

        assertThat(page.getByTestId("save-message")).hasText("Saved: 2 inserted, 2 updated, 0 deleted.");
        assertThat(crew())
                .isEqualTo("1:alpha:1,2::2,3:charlie:3,4:delta:4,5:echo:5,6:foxtrot:NULL,8:hotel:80,9:india:NULL");
    }

    /** An import is a job: on a loaded machine it may queue and run for longer than an assertion's default wait. */
    private static final LocatorAssertions.ContainsTextOptions JOB_ENDS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void importsACsvFileFromStorageAsAJobAllOrNothing() throws IOException {
        Path folder = storage.resolve("imports");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("bad.csv"), "id,name\n8,hotel\nnine,india\n");
        Files.writeString(folder.resolve("good.csv"), "name,id\nhotel,8\nindia,9\n");
        open("crew");

        importFromStorage("bad.csv");
        assertThat(page.getByTestId("save-message")).containsText("Import failed: Line 3:", JOB_ENDS);
        assertThat(row("hotel")).hasCount(0);

        importFromStorage("good.csv");
        assertThat(page.getByTestId("save-message"))
                .hasText("Imported 2 rows.", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(row("india")).isVisible();
        assertThat(page.getByTestId("job-notice").filter(new Locator.FilterOptions().setHasText("Import succeeded")))
                .isVisible();
        assertThat(crew()).endsWith("8:hotel:NULL,9:india:NULL");
    }

    private void importFromStorage(String name) {
        page.getByTestId("import-csv").click();
        page.getByTestId("import-browse").click();
        page.locator("[data-testid=file-picker-entry][data-name=imports]").click();
        page.locator("[data-testid=file-picker-entry][data-name='" + name + "']")
                .click();
        page.getByTestId("file-picker-pick").click();
        assertThat(page.getByTestId("import-file")).hasValue("imports/" + name);
        page.getByTestId("import-start").click();
        assertThat(page.getByTestId("import-dialog")).hasCount(0);
    }

    @Test
    void aRefusedSaveMarksTheFailingRowWithTheServersDetailAndKeepsEveryChange() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "CREATE TABLE data_fixture.crew_missions (crew_id integer REFERENCES data_fixture.crew (id))",
                "INSERT INTO data_fixture.crew_missions VALUES (2)");
        open("crew");
        edit(row("alpha").locator("[data-column=name]"), "name", "alpha edited");
        row("bravo").getByRole(AriaRole.ROWHEADER).click();
        page.getByTestId("delete-rows").click();

        page.getByTestId("save").click();

        assertThat(page.getByTestId("save-message"))
                .containsText(
                        Pattern.compile("Nothing was saved: .*foreign key.*Key \\(id\\)=\\(2\\) is still referenced"));
        assertThat(row("bravo")).hasClass(Pattern.compile("data-row--failed"));
        assertThat(row("bravo").getByRole(AriaRole.ROWHEADER).locator("[title^='Not saved: ']"))
                .hasCount(1);
        assertThat(row("alpha edited")).not().hasClass(Pattern.compile("data-row--failed"));
        assertThat(page.getByTestId("pending-count")).hasText("2 pending changes");
        assertThat(crew()).startsWith("1:alpha:1,2:bravo:2,");
    }

    @Test
    void anInsertedRowOutsideTheFilterStaysInSightUntilTheGridIsRefreshed() {
        open("crew");
        page.getByTestId("open-filters").click();
        page.getByTestId("where-text").fill("rank > 3");
        page.getByTestId("apply-filter").click();
        assertThat(page.getByTestId("row-count")).hasText("3 rows");

        page.getByTestId("add-row").click();
        Locator added = page.getByTestId("data-grid").getByRole(AriaRole.ROW).nth(1);
        edit(added.locator("[data-column=id]"), "id", "8");
        edit(added.locator("[data-column=name]"), "name", "hotel");
        edit(added.locator("[data-column=rank]"), "rank", "1");
        page.getByTestId("save").click();

        assertThat(page.getByTestId("save-message")).hasText("Saved: 1 inserted, 0 updated, 0 deleted.");
        assertThat(row("hotel")).isVisible();
        assertThat(row("delta")).isVisible();
        assertThat(crew()).endsWith("8:hotel:1");

        page.getByTestId("refresh").click();
        assertThat(row("hotel")).hasCount(0);
        assertThat(row("delta")).isVisible();
    }

    @Test
    void followsAForeignKeyAndShowsWhyAViewIsReadOnly() {
        open("orders");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the items row"))
                .first()
                .click();

        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("data_fixture.items (filtered)")))
                .hasAttribute("aria-selected", "true");
        Locator items = page.locator("[role=tabpanel]:not([hidden])");
        assertThat(items.getByTestId("row-count")).hasText("1 row");
        assertThat(items.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("item 1")))
                .hasCount(1);

        open("cheap_items");
        Locator view = page.locator("[role=tabpanel]:not([hidden])");
        assertThat(view.getByTestId("read-only-reason")).containsText("Views are read-only");
        assertThat(view.getByTestId("add-row")).hasCount(0);
        assertThat(view.getByTestId("save")).hasCount(0);
    }
}
