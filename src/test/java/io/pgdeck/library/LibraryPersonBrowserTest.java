package io.pgdeck.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pgdeck.audit.IdentityContext;
import io.pgdeck.testing.Browsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Behind the SSO proxy, the library's list of versions says who saved each. */
class LibraryPersonBrowserTest extends IdentityContext {

    private BrowserContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theVersionsSayWhoSavedEach() {
        String marker = "who" + UUID.randomUUID().toString().substring(0, 8);
        LibraryPersonTest.send(loggedIn(), "ada@agency.gov", "POST", "/api/v1/saved-queries", marker, "select 1", null);
        // As the proxy does: every request carries the header, and reaches pgdeck from the proxy's address.
        context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of(HEADER, "grace@agency.gov")));
        Page page = context.newPage();
        Browsers.logIn(page, "http://127.0.0.1:" + port);
        LibraryPage library = new LibraryPage(page);

        library.select(marker);
        page.getByTestId("library-open").click();
        library.awaitQueryTool();
        library.type("select 2");
        library.visible().getByTestId("library-save").click();

        page.getByTestId("open-library").click();
        Locator versions = page.getByTestId("library-version");
        assertThat(versions).hasCount(2);
        assertThat(versions.nth(0)).containsText("grace@agency.gov");
        assertThat(versions.nth(1)).containsText("ada@agency.gov");
    }
}
