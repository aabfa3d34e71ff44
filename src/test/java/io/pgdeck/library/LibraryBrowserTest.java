package io.pgdeck.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.Client;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A query saved from the Query Tool, found in the library, reopened, saved again, forked, compared and restored. */
class LibraryBrowserTest extends LibraryBrowserSession {

    @Test
    void aSavedQueryIsFoundReopenedVersionedComparedAndRestored() {
        String name = "Weekly " + marker;
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
        library.awaitQueryTool();
        library.type("SELECT '" + marker + "' AS first_version;");
        library.visible().getByTestId("library-save").click();
        library.name(name, "reports", "weekly, sales", "Sales of the week");
        assertThat(library.tabs(name, "shop")).hasCount(1);

        page.getByTestId("open-library").click();
        page.getByTestId("library-search").fill(marker + "' AS first");
        Locator item = page.getByTestId("library-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText(name);
        item.click();
        page.getByTestId("library-open").click();

        assertThat(library.tabs(name, "shop")).hasCount(2);
        library.awaitQueryTool();
        assertThat(library.editor()).containsText("first_version");
        // Both tabs hold text the library keeps: no "not saved" mark.
        assertThat(exactTab(name + " · shop")).hasCount(2);
        library.type("SELECT '" + marker + "' AS second_version;");
        assertThat(exactTab(name + " · shop •")).hasCount(1);
        library.visible().getByTestId("library-save").click();
        assertThat(exactTab(name + " · shop")).hasCount(2);

        Locator detail = library.select(marker);
        Locator versions = page.getByTestId("library-version");
        // The library, open since the first save, shows the save made in the other tab without a refresh.
        assertThat(versions).hasCount(2);
        // Save in the Query Tool made a new version of the SQL and kept what names and files the query.
        assertThat(detail.getByTestId("library-facts")).containsText("reports");
        assertThat(detail.getByTestId("library-facts")).containsText("weekly");
        assertThat(detail.getByTestId("library-facts")).containsText("sales");
        assertThat(detail.getByTestId("library-description-text")).hasText("Sales of the week");
        Locator diff = page.getByTestId("library-diff");
        assertThat(diff).containsText("first_version");
        assertThat(diff).containsText("second_version");
        assertThat(diff.locator(".cm-changedLine, .cm-changedText").first()).isVisible();

        page.getByTestId("library-restore-1").click();
        assertThat(versions).hasCount(3);
        assertThat(detail.locator(".library__sql")).containsText("first_version");

        // A tab whose text is saved in the library closes without asking (a question would be dismissed here).
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close " + name + " · shop"))
                .first()
                .click();
        assertThat(library.tabs(name, "shop")).hasCount(1);
    }

    @Test
    void anyTwoVersionsAreCompared() {
        Client client = loggedIn();
        String name = "Three " + marker;
        String id = LibraryPage.saveThroughApi(client, name, "shop", "select 'one'");
        saveVersion(client, id, name, "select 'two'", 1);
        saveVersion(client, id, name, "select 'three'", 2);

        library.select(marker);
        Locator caption = page.getByTestId("library-diff-caption");
        Locator diff = page.getByTestId("library-diff");
        assertThat(caption).hasText("Version 2 (left) compared with version 3 (right)");

        page.getByLabel("Compare from version 1").check();
        assertThat(caption).hasText("Version 1 (left) compared with version 3 (right)");
        assertThat(diff).containsText("'one'");
        assertThat(diff).containsText("'three'");
        assertThat(diff).not().containsText("'two'");

        page.getByLabel("Compare to version 2").check();
        assertThat(caption).hasText("Version 1 (left) compared with version 2 (right)");
        assertThat(diff).containsText("'one'");
        assertThat(diff).containsText("'two'");
        assertThat(diff).not().containsText("'three'");
    }

    @Test
    void saveAsForksTheQueryAndLeavesTheOriginalAsItWas() {
        Client client = loggedIn();
        String name = "Original " + marker;
        LibraryPage.saveThroughApi(client, name, "shop", "select 'original'");
        library.select(marker);
        page.getByTestId("library-open").click();
        library.awaitQueryTool();
        library.type("select 'forked'");

        library.visible().getByTestId("library-save-as").click();
        assertThat(page.getByTestId("library-name")).hasValue(name + " (copy)");
        page.getByTestId("library-name").fill("Fork " + marker);
        page.getByTestId("library-name-save").click();

        assertThat(library.tabs("Fork " + marker, "shop")).hasCount(1);
        assertThat(library.tabs(name, "shop")).hasCount(0);
        page.getByTestId("open-library").click();
        page.getByTestId("library-search").fill(marker);
        assertThat(page.getByTestId("library-item")).hasCount(2);
        page.getByTestId("library-item")
                .filter(new Locator.FilterOptions().setHasText(name))
                .click();
        assertThat(page.getByTestId("library-version")).hasCount(1);
        assertThat(page.getByTestId("library-detail").locator(".library__sql")).hasText("select 'original'");
        page.getByTestId("library-item")
                .filter(new Locator.FilterOptions().setHasText("Fork " + marker))
                .click();
        assertThat(page.getByTestId("library-detail").locator(".library__sql")).hasText("select 'forked'");

        // Save in the forked tab now updates the fork.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Fork " + marker + " · shop"))
                .first()
                .click();
        library.type("select 'forked again'");
        library.visible().getByTestId("library-save").click();
        page.getByTestId("open-library").click();
        assertThat(page.getByTestId("library-version")).hasCount(2);
    }

    @Test
    void detailsEditedInTheLibraryAreANewVersionThatAnOpenTabSavesOnTopOf() {
        LibraryPage.saveThroughApi(loggedIn(), "Plain " + marker, "shop", "select 1");
        Locator detail = library.select(marker);
        page.getByTestId("library-open").click();
        library.awaitQueryTool();

        page.getByTestId("open-library").click();
        page.getByTestId("library-edit-details").click();
        library.name("Renamed " + marker, "finance", "monthly", "Closing numbers");
        assertThat(detail.locator("h3")).hasText("Renamed " + marker);
        assertThat(detail.getByTestId("library-facts")).containsText("finance");
        assertThat(detail.getByTestId("library-facts")).containsText("monthly");
        assertThat(detail.getByTestId("library-description-text")).hasText("Closing numbers");
        assertThat(page.getByTestId("library-version")).hasCount(2);
        assertThat(page.getByTestId("library-item")).containsText("finance");

        // Only the details changed since the tab opened: its Save is no collision, and it takes the new name.
        library.tabs("Plain " + marker, "shop").click();
        library.type("select 2");
        library.visible().getByTestId("library-save").click();
        assertThat(library.tabs("Renamed " + marker, "shop")).hasCount(1);
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        page.getByTestId("open-library").click();
        assertThat(page.getByTestId("library-version")).hasCount(3);
        assertThat(detail.locator(".library__sql")).hasText("select 2");
        assertThat(detail.getByTestId("library-facts")).containsText("finance");
    }

    private Locator exactTab(String title) {
        return page.getByRole(
                AriaRole.TAB, new Page.GetByRoleOptions().setName(title).setExact(true));
    }

    private static void saveVersion(Client client, String id, String name, String sql, int base) {
        Client.Response saved =
                client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/saved-queries/" + id)))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"name\": \"" + name + "\", \"sql\": \"" + sql + "\", \"version\": " + base + "}")));
        if (saved.status() != 200) {
            throw new AssertionError("saving version " + (base + 1) + ": " + saved.body());
        }
    }
}
