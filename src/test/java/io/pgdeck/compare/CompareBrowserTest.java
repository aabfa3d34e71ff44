package io.pgdeck.compare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A team member saves a schema's snapshot from the Object Explorer, the schema changes, and Compare lists the
 * changed tables, says which difference the script leaves (a column order), shows both sides' DDL side by side and
 * opens the script in a Query Tool.
 */
class CompareBrowserTest extends SingleTenantTest {

    private static final String SCHEMA = "server/shop/schemas/compare_browser";

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS compare_browser CASCADE",
                "CREATE SCHEMA compare_browser",
                "CREATE TABLE compare_browser.parcels (id bigint PRIMARY KEY, weight numeric(8,3))",
                "CREATE TABLE compare_browser.labels (first text, second text)");
    }

    @AfterEach
    void close() {
        TestPostgres.execute(TestPostgres.SINGLE_DATABASE, "DROP SCHEMA IF EXISTS compare_browser CASCADE");
    }

    @Test
    void savesASnapshotThenListsTheChangedTablesWithBothSidesDdlAndWhatTheScriptLeaves() {
        expand("server/shop");
        expand("server/shop/schemas");
        schemaMenu("menu-save-snapshot");
        Locator saved = page.getByTestId("snapshot-saved");
        assertThat(saved.getByTestId("snapshot-saved-path"))
                .hasText(Pattern.compile("^snapshots/compare_browser-\\d{4}-\\d{2}-\\d{2}\\.snapshot\\.json$"));
        saved.getByTestId("snapshot-saved-close").click();

        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "ALTER TABLE compare_browser.parcels ADD COLUMN sent_on date",
                "CREATE VIEW compare_browser.heavy AS SELECT id FROM compare_browser.parcels WHERE weight > 10",
                "ALTER TABLE compare_browser.labels DROP COLUMN first",
                "ALTER TABLE compare_browser.labels ADD COLUMN first text");
        schemaMenu("menu-compare-snapshot");
        Locator dialog = page.getByTestId("compare-dialog");
        dialog.getByTestId("compare-snapshot-file").fill(snapshotPath());
        dialog.getByTestId("compare-run").click();

        Locator differences = dialog.getByTestId("compare-difference");
        assertThat(differences).hasCount(3);
        assertThat(dialog.getByTestId("compare-notes"))
                .hasText("Table labels: the column order differs (second, first instead of first, second) and is not"
                        + " migrated: PostgreSQL cannot move a column and the script does not rebuild a table, so"
                        + " pg_dump still prints the two tables differently.");
        assertThat(differences.filter(new Locator.FilterOptions().setHasText("parcels")))
                .containsText("Different");
        assertThat(differences.filter(new Locator.FilterOptions().setHasText("heavy")))
                .containsText("Only live");
        differences.filter(new Locator.FilterOptions().setHasText("parcels")).click();
        Locator merge = dialog.getByTestId("compare-merge");
        assertThat(merge.locator(".cm-merge-a")).containsText("sent_on date");
        assertThat(merge.locator(".cm-merge-b")).containsText("weight numeric(8,3)");
        assertThat(merge.locator(".cm-merge-b")).not().containsText("sent_on");

        dialog.getByTestId("compare-open-script").click();
        assertThat(page.locator(".cm-content").last())
                .containsText("ALTER TABLE compare_browser.parcels DROP COLUMN sent_on;");
        assertThat(page.locator(".cm-content").last())
                .containsText("-- Not migrated: the columns of table compare_browser.labels are in another order");
    }

    /** What "Save snapshot" named the file: the schema and today's date (UTC), in the snapshots folder. */
    private static String snapshotPath() {
        return "snapshots/compare_browser-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".snapshot.json";
    }

    private Locator node(String id) {
        return page.getByTestId("tree-node-" + id);
    }

    private void expand(String id) {
        node(id).locator(".tree__twisty").click();
        assertThat(node(id)).hasAttribute("aria-expanded", "true");
    }

    private void schemaMenu(String item) {
        node(SCHEMA).click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId(item).click();
    }
}
