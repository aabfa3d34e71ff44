package io.pgdeck.explorer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A team member browses the tree to a table's columns, then creates and drops a table through the dialogs. */
class ExplorerBrowserTest extends SingleTenantTest {

    private static final String SCHEMA = "server/shop/schemas/explorer_browser";

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeAll
    static void schema() {
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS explorer_browser CASCADE",
                "CREATE SCHEMA explorer_browser",
                "CREATE TABLE explorer_browser.parcels (id bigint PRIMARY KEY, weight numeric(8,3), sent_on date)");
    }

    @BeforeEach
    void logIn() {
        page = browser.page();
    }

    private Locator node(String id) {
        return page.getByTestId("tree-node-" + id);
    }

    private void expand(String id) {
        node(id).locator(".tree__twisty").click();
        assertThat(node(id)).hasAttribute("aria-expanded", "true");
    }

    @Test
    void expandsTheTreeToATablesColumnsWithCountsAndProperties() {
        expand("server/shop");
        expand("server/shop/schemas");
        expand(SCHEMA);
        assertThat(node(SCHEMA + "/tables")).containsText("(1)");
        expand(SCHEMA + "/tables");
        expand(SCHEMA + "/tables/parcels");
        assertThat(node(SCHEMA + "/tables/parcels/columns")).containsText("(3)");
        expand(SCHEMA + "/tables/parcels/columns");

        assertThat(node(SCHEMA + "/tables/parcels/columns/weight")).containsText("numeric(8,3)");
        assertThat(node(SCHEMA + "/tables/parcels/columns/sent_on")).isVisible();

        // Keyboard: up from the last column reaches the middle one; Enter shows its properties.
        node(SCHEMA + "/tables/parcels/columns/sent_on").click();
        page.keyboard().press("ArrowUp");
        assertThat(node(SCHEMA + "/tables/parcels/columns/weight")).hasAttribute("aria-selected", "true");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("properties-panel")).containsText("numeric(8,3)");

        // Edit the column: the dialog starts from its properties and sends only what changed.
        rightClick(SCHEMA + "/tables/parcels/columns/weight");
        page.getByTestId("menu-edit").click();
        Locator edit = page.getByTestId("alter-dialog");
        assertThat(edit.getByTestId("field-type")).hasValue("numeric(8,3)");
        edit.getByTestId("field-comment").fill("kilograms");
        edit.getByTestId("change-sql-tab").click();
        assertThat(edit.getByTestId("change-sql"))
                .hasText("COMMENT ON COLUMN explorer_browser.parcels.weight IS 'kilograms';");
        edit.getByTestId("change-submit").click();
        assertThat(edit).isHidden();
        assertThat(page.getByTestId("properties-panel")).containsText("kilograms");
    }

    @Test
    void thePropertiesPanelFollowsTheSelectionWithItsSqlStatisticsAndDependencies() {
        expand("server/shop");
        expand("server/shop/schemas");
        expand(SCHEMA);
        expand(SCHEMA + "/tables");
        node(SCHEMA + "/tables/parcels").click();
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("properties-panel")).containsText("parcels");

        page.getByTestId("object-view-sql").click();
        assertThat(page.getByTestId("sql-panel")).containsText("CREATE TABLE explorer_browser.parcels");
        page.getByTestId("object-view-sql").press("ArrowRight");
        assertThat(page.getByTestId("object-view-statistics")).hasAttribute("aria-selected", "true");
        assertThat(page.getByTestId("object-view-statistics")).isFocused();
        assertThat(page.getByTestId("statistics-panel")).isVisible();
        page.getByTestId("object-view-dependencies").click();
        assertThat(page.getByTestId("dependencies-panel")).containsText("Depends on");
        assertThat(page.getByTestId("dependencies-panel")).containsText("explorer_browser");

        // The view chosen stays chosen as the selection moves; the SQL follows the node.
        page.getByTestId("object-view-sql").click();
        node(SCHEMA).click();
        assertThat(page.getByTestId("object-view-sql")).hasAttribute("aria-selected", "true");
        assertThat(page.getByTestId("sql-panel")).containsText("CREATE SCHEMA explorer_browser");
    }

    private void rightClick(String id) {
        node(id).click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    }

    @Test
    void createsAndDropsATableThroughTheDialogs() {
        expand("server/shop");
        expand("server/shop/schemas");
        expand(SCHEMA);
        rightClick(SCHEMA + "/tables");
        page.getByTestId("menu-create-table").click();

        Locator dialog = page.getByTestId("create-table-dialog");
        dialog.getByTestId("field-name").fill("Shipments");
        dialog.getByTestId("add-column").click();
        dialog.getByTestId("column-1-name").fill("label");
        dialog.getByTestId("column-1-type").fill("text");
        dialog.getByTestId("change-sql-tab").click();
        assertThat(dialog.getByTestId("change-sql"))
                .hasText("CREATE TABLE explorer_browser.\"Shipments\" (\n"
                        + "    id bigint GENERATED ALWAYS AS IDENTITY,\n"
                        + "    label text,\n"
                        + "    PRIMARY KEY (id)\n"
                        + ");");
        dialog.getByTestId("change-submit").click();
        assertThat(dialog).isHidden();

        assertThat(node(SCHEMA + "/tables")).containsText("(2)");
        expand(SCHEMA + "/tables");
        assertThat(node(SCHEMA + "/tables/Shipments")).isVisible();
        assertThat(ExplorerChangeTest.relationExists("explorer_browser.\"Shipments\""))
                .isTrue();

        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "CREATE VIEW public.explorer_browser_labels AS SELECT label FROM explorer_browser.\"Shipments\"");
        rightClick(SCHEMA + "/tables/Shipments");
        page.getByTestId("menu-drop").click();
        Locator drop = page.getByTestId("drop-dialog");
        assertThat(drop.getByTestId("cascade-list"))
                .containsText("view public.explorer_browser_labels — in another schema");
        drop.getByTestId("drop-option").check();
        drop.getByTestId("change-sql-tab").click();
        assertThat(drop.getByTestId("change-sql")).hasText("DROP TABLE explorer_browser.\"Shipments\" CASCADE;");
        drop.getByTestId("change-submit").click();
        assertThat(drop).isHidden();

        assertThat(node(SCHEMA + "/tables/Shipments")).hasCount(0);
        assertThat(node(SCHEMA + "/tables")).containsText("(1)");
        assertThat(ExplorerChangeTest.relationExists("explorer_browser.\"Shipments\""))
                .isFalse();
    }

    @Test
    void showsTheServersErrorInPlace() {
        expand("server/shop");
        expand("server/shop/schemas");
        rightClick(SCHEMA);
        page.getByTestId("menu-create-table").click();
        Locator dialog = page.getByTestId("create-table-dialog");
        dialog.getByTestId("field-name").fill("parcels");
        dialog.getByTestId("change-submit").click();

        assertThat(dialog.getByTestId("change-error")).containsText("already exists");
        assertThat(dialog.getByTestId("change-error")).containsText("42P07");
        assertThat(dialog).isVisible();
    }
}
