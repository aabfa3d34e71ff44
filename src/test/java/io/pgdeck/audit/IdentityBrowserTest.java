package io.pgdeck.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.Deployments;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Behind the SSO proxy, the top bar names the person beside the team account. */
class IdentityBrowserTest extends IdentityContext {

    private BrowserContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theTopBarShowsThePersonBesideTheTeamAccount() {
        // As the proxy does: every request carries the header, and reaches pgdeck from the proxy's address.
        context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of(HEADER, "ada@agency.gov")));
        Page page = context.newPage();
        String proxied = "http://127.0.0.1:" + port;
        Browsers.logIn(page, proxied);

        assertThat(page.getByTestId("user-name")).containsText(Deployments.TEAM_LOGIN);
        assertThat(page.getByTestId("person-name")).containsText("ada@agency.gov");
    }
}
