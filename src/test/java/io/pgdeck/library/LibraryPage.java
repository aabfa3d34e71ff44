package io.pgdeck.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.Client;
import java.util.regex.Pattern;

/** The library and the Query Tool as the library's browser tests drive them. */
final class LibraryPage {

    private static final LocatorAssertions.IsEnabledOptions READY =
            new LocatorAssertions.IsEnabledOptions().setTimeout(15_000);

    private final Page page;

    LibraryPage(Page page) {
        this.page = page;
    }

    /** Creates a saved query through the API, as a teammate would have, and answers its id. */
    static String saveThroughApi(Client client, String name, String database, String sql) {
        Client.Response created = client.postJson(
                "/api/v1/saved-queries",
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .put("name", name)
                        .put("database", database)
                        .put("sql", sql)
                        .toString());
        if (created.status() != 201) {
            throw new AssertionError("saving " + name + ": " + created.body());
        }
        return created.json().get("id").asText();
    }

    /** Opens the library and selects the one query that {@code search} finds. */
    Locator select(String search) {
        page.getByTestId("open-library").click();
        page.getByTestId("library-search").fill(search);
        Locator item = page.getByTestId("library-item");
        assertThat(item).hasCount(1);
        item.click();
        return page.getByTestId("library-detail");
    }

    /**
     * The Query Tool tabs titled after a saved query (a "•" follows while the tab has text not saved to a file). The
     * name goes into a browser-side regular expression as it is: the tests' names are letters, digits and spaces.
     */
    Locator tabs(String name, String database) {
        return page.getByRole(
                AriaRole.TAB,
                new Page.GetByRoleOptions().setName(Pattern.compile("^" + name + " · " + database + "( •)?$")));
    }

    Locator visible() {
        return page.locator("[role=tabpanel]:not([hidden])");
    }

    Locator editor() {
        return visible().locator(".cm-content");
    }

    void awaitQueryTool() {
        assertThat(visible().getByTestId("run-all")).isEnabled(READY);
    }

    void type(String sql) {
        editor().click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(sql);
    }

    /** Fills the name dialog of Save to library (as…) and saves. */
    void name(String name, String folder, String tags, String description) {
        page.getByTestId("library-name").fill(name);
        page.getByTestId("library-folder").fill(folder);
        page.getByTestId("library-tags").fill(tags);
        page.getByTestId("library-description").fill(description);
        page.getByTestId("library-name-save").click();
    }
}
