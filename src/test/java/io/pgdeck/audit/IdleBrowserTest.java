package io.pgdeck.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import io.pgdeck.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A page left alone warns before the idle timeout and then shows the login page saying the session expired. */
class IdleBrowserTest extends ShortSessionTest {

    private BrowserContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anIdlePageWarnsThenEndsOnTheLoginPage() {
        context = Browsers.chromium().newContext();
        Page page = context.newPage();
        Browsers.logIn(page, baseUrl());

        assertThat(page.getByTestId("idle-warning"))
                .containsText(
                        "Your session ends in",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(IDLE_SECONDS * 3_000));
        // The page leaves at its own count, or at its next call to the server once the server has ended the session:
        // either way to the login page that says why.
        page.waitForURL(
                java.util.regex.Pattern.compile(".*/login\\?expired$"),
                new Page.WaitForURLOptions().setTimeout(IDLE_SECONDS * 3_000));
        assertThat(page.getByTestId("login-message")).containsText("Your session expired");
        page.navigate(baseUrl() + "/");
        assertThat(page).hasURL(baseUrl() + "/login", new PageAssertions.HasURLOptions().setTimeout(10_000));
    }
}
