package io.pgdeck.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An auditor finds, in the Audit view, the statement a team member just ran in the Query Tool, and reopens it. */
class AuditBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theAuditViewFindsAStatementJustRunAndOpensItInTheQueryTool() {
        context = Browsers.chromium().newContext();
        Page page = context.newPage();
        Browsers.logIn(page, baseUrl());
        String marker =
                "audited_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
        assertThat(page.getByTestId("run-all")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(15_000));
        page.locator(".cm-content").click();
        page.keyboard().insertText("SELECT 42 AS " + marker);
        page.keyboard().press("F5");
        assertThat(page.getByTestId("result-grid")).containsText("42", SOON);

        page.getByTestId("open-audit").click();
        Locator view = page.getByTestId("audit-view");
        view.getByLabel("Kind").selectOption("statement");
        view.getByLabel("Text").fill(marker);
        view.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Search"))
                .click();

        Locator record = view.getByTestId("audit-record");
        assertThat(record).hasCount(1);
        assertThat(record).containsText("SELECT 42 AS " + marker, SOON);
        assertThat(record).containsText("success");
        assertThat(record).containsText("shop");
        // The browser reaches localhost over IPv4 or IPv6: either way its address is shown beside the account.
        assertThat(record).containsText(java.util.regex.Pattern.compile("team\\s*(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)"));

        record.getByText("Open in Query Tool").click();
        assertThat(page.locator(".tab-panel:visible .cm-content")).containsText("SELECT 42 AS " + marker, SOON);
        // Logging out ends the HTTP session and with it the Query Tool sessions and their connections.
        page.getByTestId("logout").click();
        page.waitForURL(baseUrl() + "/login?logout");
    }
}
