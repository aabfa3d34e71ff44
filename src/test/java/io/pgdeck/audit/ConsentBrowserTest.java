package io.pgdeck.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.MultiTenantTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At IL4 the login page shows the DoD notice and lets nobody in who has not accepted it. */
class ConsentBrowserTest extends MultiTenantTest {

    private BrowserContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theLoginWaitsForTheNoticeToBeAccepted() {
        context = io.pgdeck.testing.Browsers.chromium().newContext();
        Page page = context.newPage();
        page.navigate(baseUrl() + "/login");
        assertThat(page.getByTestId("consent-notice")).containsText("U.S. Government (USG) Information System");
        page.getByLabel("Username").fill(Deployments.TEAM_LOGIN);
        page.getByLabel("Password").fill(Deployments.TEAM_LOGIN_PASSWORD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page).hasURL(baseUrl() + "/login");
        assertThat(page.getByTestId("deployment-strip")).isVisible();

        // Sent anyway (the box's own check bypassed), the server still refuses.
        page.locator("input[name=consent]").evaluate("box => box.required = false");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.getByTestId("login-message")).containsText("Accept the notice");

        page.getByLabel("Username").fill(Deployments.TEAM_LOGIN);
        page.getByLabel("Password").fill(Deployments.TEAM_LOGIN_PASSWORD);
        page.getByLabel("I have read and accept this notice").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(baseUrl() + "/");
        assertThat(page.getByTestId("user-name")).containsText(Deployments.TEAM_LOGIN);
    }
}
