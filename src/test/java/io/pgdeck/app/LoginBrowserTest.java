package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.SingleTenantTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drives the real page in headless Chromium as a team member would. */
class LoginBrowserTest extends SingleTenantTest {

    @Autowired
    JdbcClient state;

    private BrowserContext context;
    private Page page;
    private final List<String> foreignRequests = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.onRequest(request -> {
            if (!request.url().startsWith(baseUrl())) {
                foreignRequests.add(request.url());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        state.sql("DELETE FROM login_lockout").update();
    }

    @Test
    void logsInSeesTheShellWithTheStagingStripAndLogsOut() {
        page.navigate(baseUrl() + "/");
        assertThat(page).hasURL(baseUrl() + "/login");

        logIn(Deployments.TEAM_LOGIN_PASSWORD);

        assertThat(page.getByTestId("deployment-strip")).containsText("STAGING");
        assertThat(page.getByTestId("explorer")).containsText("postgres");
        assertThat(page.getByTestId("open-processes")).isVisible();
        assertThat(page.getByTestId("open-storage")).isVisible();

        page.getByTestId("logout").click();
        assertThat(page).hasURL(baseUrl() + "/login?logout");
        assertThat(page.getByTestId("login-message")).containsText("logged out");
        assertThat(foreignRequests).isEmpty();
    }

    @Test
    void isLockedOutAfterThreeWrongPasswords() {
        page.navigate(baseUrl() + "/login");
        logIn("wrong-1");
        assertThat(page.getByTestId("login-message")).containsText("Wrong username or password");
        logIn("wrong-2");
        logIn("wrong-3");
        assertThat(page.getByTestId("login-message")).containsText("locked");

        logIn(Deployments.TEAM_LOGIN_PASSWORD);

        assertThat(page.getByTestId("login-message")).containsText("locked");
        assertThat(page.url()).contains("/login");
    }

    @Test
    void aWrongPasswordKeepsTheUserNameTypedAndPutsTheCursorInThePassword() {
        page.navigate(baseUrl() + "/login");
        assertThat(page.getByLabel("Username")).isFocused();

        logIn("wrong-password");

        assertThat(page.getByTestId("login-message")).containsText("Wrong username or password");
        assertThat(page.getByLabel("Username")).hasValue(Deployments.TEAM_LOGIN);
        assertThat(page.getByLabel("Password")).hasValue("");
        assertThat(page.getByLabel("Password")).isFocused();
        page.reload();
        assertThat(page.getByLabel("Username")).hasValue("");
        assertThat(foreignRequests).isEmpty();
    }

    private void logIn(String password) {
        page.getByLabel("Username").fill(Deployments.TEAM_LOGIN);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForLoadState();
    }
}
