package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tree's context menu reaches every feature: View/Edit Data, Scripts, Query Tool, Backup. */
class ExplorerMenuBrowserTest extends SingleTenantTest {

    private static final String TABLE = "server/shop/schemas/public/tables/customers";

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
        for (String id : new String[] {"server/shop", "server/shop/schemas", "server/shop/schemas/public"}) {
            expand(id);
        }
        expand("server/shop/schemas/public/tables");
    }

    @Test
    void viewEditDataOpensTheTablesRows() {
        menu(TABLE, "view-edit-data");

        Locator grid = page.getByTestId("data-tab");
        assertThat(grid).containsText("customer 1");
        assertThat(page.getByTestId("row-count")).containsText("50");
    }

    @Test
    void scriptsCreateShowsTheTablesDdlReadOnlyThenOpensItInAQueryTool() {
        menu(TABLE, "scripts-create");

        Locator preview = page.getByTestId("script-preview");
        assertThat(preview).containsText("customers (CREATE)");
        assertThat(preview.locator(".cm-content")).containsText("CREATE TABLE public.customers");
        assertThat(preview.locator(".cm-content")).hasAttribute("aria-readonly", "true");
        assertThat(page.getByTestId("query-tool")).hasCount(0);

        page.getByTestId("script-open-in-query-tool").click();

        assertThat(preview).hasCount(0);
        Locator editor = page.getByTestId("query-tool").locator(".cm-content");
        assertThat(editor).containsText("CREATE TABLE public.customers");
    }

    @Test
    void backupOnASchemaOpensTheBackupDialog() {
        menu("server/shop/schemas/public", "backup");

        assertThat(page.getByTestId("backup-file")).isVisible();
    }

    @Test
    void scriptsInsertFillsInTheTablesColumns() {
        menu(TABLE, "script-insert");

        assertThat(page.getByTestId("query-tool").locator(".cm-content"))
                .containsText("INSERT INTO public.customers (id, name)");
    }

    @Test
    void maintenanceRunsAVacuumAsAJobShownInProcesses() {
        menu(TABLE, "maintenance");
        page.getByTestId("maintenance-operation").selectOption("vacuum");
        page.getByTestId("maintenance-start").click();

        assertThat(page.getByTestId("processes-panel")).isVisible();
        // A background job: it ends when the server gets to it, which a busy machine may delay.
        assertThat(page.getByTestId("job-details-status"))
                .containsText("succeeded", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
    }

    private void menu(String nodeId, String action) {
        node(nodeId).click(new Locator.ClickOptions().setButton(com.microsoft.playwright.options.MouseButton.RIGHT));
        page.getByTestId("menu-" + action).click();
    }

    private Locator node(String id) {
        return page.getByTestId("tree-node-" + id);
    }

    private void expand(String id) {
        node(id).locator(".tree__twisty").click();
        assertThat(node(id)).hasAttribute("aria-expanded", "true");
    }
}
