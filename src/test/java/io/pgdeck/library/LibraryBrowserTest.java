package io.pgdeck.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A query saved from the Query Tool, found in the library, reopened, saved again, compared and restored. */
class LibraryBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.IsEnabledOptions READY =
            new LocatorAssertions.IsEnabledOptions().setTimeout(15_000);

    private final String marker = "lib" + UUID.randomUUID().toString().substring(0, 8);
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void logIn() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.onDialog(dialog -> dialog.dismiss());
        Browsers.logIn(page, baseUrl());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aSavedQueryIsFoundReopenedVersionedComparedAndRestored() {
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
        assertThat(visible().getByTestId("run-all")).isEnabled(READY);
        type("SELECT '" + marker + "' AS first_version;");
        visible().getByTestId("library-save").click();
        page.getByTestId("library-name").fill("Weekly " + marker);
        page.getByTestId("library-name-save").click();
        assertThat(tabs()).hasCount(1);

        page.getByTestId("open-library").click();
        page.getByTestId("library-search").fill(marker + "' AS first");
        Locator item = page.getByTestId("library-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("Weekly " + marker);
        item.click();
        page.getByTestId("library-open").click();

        assertThat(tabs()).hasCount(2);
        assertThat(visible().getByTestId("run-all")).isEnabled(READY);
        assertThat(editor()).containsText("first_version");
        type("SELECT '" + marker + "' AS second_version;");
        visible().getByTestId("library-save").click();

        page.getByTestId("open-library").click();
        page.getByTestId("library-search").fill(marker);
        page.getByTestId("library-item").click();
        Locator versions = page.getByTestId("library-version");
        // The save in the other tab shows once the list is read again.
        page.getByTestId("library-refresh").click();
        assertThat(versions).hasCount(2);
        Locator diff = page.getByTestId("library-diff");
        assertThat(diff).containsText("first_version");
        assertThat(diff).containsText("second_version");
        assertThat(diff.locator(".cm-changedLine, .cm-changedText").first()).isVisible();

        page.getByTestId("library-restore-1").click();
        assertThat(versions).hasCount(3);
        assertThat(page.getByTestId("library-detail").locator(".library__sql")).containsText("first_version");
    }

    /** The tabs titled after the saved query (a "•" follows while the tab has text not saved to a file). */
    private Locator tabs() {
        return page.getByRole(
                AriaRole.TAB,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Weekly " + marker + " · shop( •)?$")));
    }

    private Locator visible() {
        return page.locator("[role=tabpanel]:not([hidden])");
    }

    private Locator editor() {
        return visible().locator(".cm-content");
    }

    private void type(String sql) {
        editor().click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(sql);
    }
}
