package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Query Tool tabs, with their database and the text typed in them, come back after a reload and a new login. */
class QueryTabsComeBackBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
    }

    @Test
    void aQueryTabComesBackWithItsDatabaseAndTextAfterAReloadAndANewLogin() {
        QueryToolDriver.open(page, "shop").type("SELECT count(*) FROM customers -- kept for later");
        Locator tab = page.getByRole(com.microsoft.playwright.options.AriaRole.TAB)
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("Query \\d+ · shop")));
        assertThat(tab).hasCount(1);
        String title = tab.textContent();

        page.reload();

        assertThat(page.getByText(title)).isVisible();
        assertThat(page.locator(".cm-content")).containsText("kept for later", SOON);
        page.keyboard().press("F5");
        assertThat(page.getByTestId("result-grid")).containsText("50", SOON);

        page.getByTestId("logout").click();
        Browsers.logIn(page, baseUrl());
        assertThat(page.getByText(title)).isVisible();
        page.getByText(title).click();
        assertThat(page.locator(".cm-content")).containsText("kept for later", SOON);

        // Unsaved text: closing asks first.
        page.onceDialog(com.microsoft.playwright.Dialog::accept);
        page.getByLabel("Close " + title).click();
        assertThat(page.getByText(title)).hasCount(0);
        page.reload();
        assertThat(page.getByTestId("tab-welcome")).isVisible();
        assertThat(page.getByText(title)).hasCount(0);
    }
}
