package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Query Tool driven in headless Chromium as a team member would. */
class QueryToolBrowserTest extends SingleTenantTest {

    @Autowired
    QuerySessions sessions;

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openQueryTool() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        Browsers.logIn(page, baseUrl());
        BoundingBox button = page.getByTestId("new-query").boundingBox();
        page.getByTestId("new-query").click();
        // The chooser drops down below the button, which stays where it was, before any Query Tool has loaded.
        BoundingBox chooser = page.locator(".new-query__chooser").boundingBox();
        assertThat(page.getByTestId("new-query").boundingBox().y).isEqualTo(button.y);
        assertThat(chooser.y).isGreaterThanOrEqualTo(button.y + button.height);
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
        // The session is open once Run is enabled; until then the status says it is connecting.
        assertThat(page.getByTestId("run-all")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(15_000));
        assertThat(page.getByTestId("transaction-status")).containsText("Idle");
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        // Tests share one server: the connections their sessions hold are given back after each.
        sessions.closeIdle(java.time.Duration.ZERO);
    }

    @Test
    void runsAQueryWithF5AndScrollsToLaterRowsOfALargeResult() {
        type("SELECT g AS n, md5(g::text) AS hash, NULL::text AS nothing FROM generate_series(1, 100000) g");
        page.keyboard().press("F5");

        Locator grid = page.getByTestId("result-grid");
        assertThat(grid.locator("[data-row='1']")).containsText("c4ca4238a0b923820dcc509a6f75849b", SOON);
        assertThat(grid.locator("[data-row='1'] .grid__cell--null")).hasText("NULL");
        page.getByTestId("count-all").click();
        assertThat(page.getByTestId("row-count")).containsText("100,000 rows", SOON);

        // The grid's rows scroll in its body, below the header.
        Locator body = grid.locator(".ag-grid-viewport");
        body.evaluate("el => el.scrollTop = 24 * 50000");
        assertThat(grid.locator("[data-row='50001']")).containsText("50001", SOON);
        body.evaluate("el => el.scrollTop = el.scrollHeight");
        assertThat(grid.locator("[data-row='100000']")).containsText("100000", SOON);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void cancelsALongQuery() {
        type("SELECT pg_sleep(30)");
        page.getByTestId("run-all").click();
        assertThat(page.getByTestId("cancel")).isEnabled();

        page.getByTestId("cancel").click();

        assertThat(page.getByTestId("messages")).containsText("canceling statement due to user request", SOON);
        assertThat(page.getByTestId("messages")).containsText("57014");
    }

    @Test
    void showsAnErrorWithItsFieldsAndMarksItsPositionInTheEditor() {
        type("SELECT 1;\nSELECT nosuchcolumn FROM customers");
        page.keyboard().press("F5");

        assertThat(page.getByTestId("query-error")).containsText("42703", SOON);
        assertThat(page.getByTestId("query-error")).containsText("line 2, column 8");
        assertThat(page.locator(".cm-error-mark")).hasText("nosuchcolumn");
    }

    @Test
    void opensAnExplainAnalyzePlan() {
        type("SELECT count(*) FROM customers");

        page.getByTestId("explain-analyze").click();

        assertThat(page.getByTestId("plan-node").first()).containsText("Aggregate", SOON);
        assertThat(page.getByTestId("plan")).containsText("actual rows");
        assertThat(page.getByTestId("plan-text")).containsText("actual time=");
    }

    @Test
    void showsTheOpenTransactionAndWarnsBeforeClosingTheTab() {
        type("BEGIN");
        page.keyboard().press("F5");
        assertThat(page.getByTestId("transaction-status")).containsText("In transaction", SOON);

        List<String> questions = new ArrayList<>();
        page.onDialog(dialog -> {
            questions.add(dialog.message());
            dialog.dismiss();
        });
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Close Query 1 · shop")
                                .setExact(false))
                .first()
                .click();

        assertThat(questions).singleElement().asString().contains("open transaction");
        assertThat(page.getByTestId("query-tool")).isVisible();
        page.getByTestId("rollback").click();
        assertThat(page.getByTestId("transaction-status")).containsText("Idle", SOON);
    }

    @Test
    void completesRelationsAndAnAliasColumnsAskingTheServerAsTheCursorNeeds() {
        List<String> asked = new ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/completion")) {
                asked.add(request.url());
            }
        });
        type("SELECT * FROM cust");
        page.keyboard().press("Control+Space");
        Locator suggestions = page.locator(".cm-tooltip-autocomplete");
        assertThat(suggestions.locator("li[aria-selected=true]")).containsText("customers", SOON);
        acceptSuggestion();
        page.keyboard().insertText(" c WHERE c.na");
        page.keyboard().press("Control+Space");
        assertThat(suggestions.locator("li[aria-selected=true]")).containsText("name", SOON);
        acceptSuggestion();

        assertThat(page.locator(".cm-content")).hasText("SELECT * FROM customers c WHERE c.name");
        assertThat(asked).anySatisfy(url -> assertThat(url).contains("/completion/relations?prefix=cust"));
        assertThat(asked).anySatisfy(url -> assertThat(url).contains("/completion/columns?relation=customers"));
        assertThat(asked).noneSatisfy(url -> assertThat(url).endsWith("/completion"));
    }

    @Test
    void showsARunningQueryAsRunningWithItsTimeAndTheTimingBesideTheResult() {
        type("SELECT 1 AS first");
        page.keyboard().press("F5");
        assertThat(page.getByTestId("result-timing")).containsText("ms", SOON);

        type("SELECT pg_sleep(2) AS slept");
        page.keyboard().press("F5");

        Locator running = page.getByTestId("running-elapsed");
        assertThat(running).containsText("Running", SOON);
        assertThat(running).containsText("previous run");
        assertThat(page.locator(".output__body")).hasAttribute("aria-busy", "true");
        assertThat(running).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
        assertThat(page.getByTestId("result-grid")).containsText("slept", SOON);
        assertThat(page.locator(".output__body")).hasAttribute("aria-busy", "false");
    }

    /** Enter as a person presses it: CodeMirror ignores a key pressed within 75 ms of the list's last change. */
    private void acceptSuggestion() {
        page.waitForTimeout(150);
        page.keyboard().press("Enter");
    }

    @Test
    void aLongValueShowsAsAPreviewAndTheViewerShowsAndCopiesAllOfIt() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        type("SELECT repeat('x', 20000) || 'THE END' AS long_text, 'short' AS short_text");
        page.keyboard().press("F5");

        Locator cell = page.getByTestId("result-grid")
                .locator("[data-row='1'] [role=gridcell]")
                .first();
        assertThat(cell).containsText("xxxx…", SOON);
        cell.getByRole(AriaRole.BUTTON).click();

        Locator text = page.getByTestId("value-viewer-text");
        assertThat(text)
                .hasValue(
                        java.util.regex.Pattern.compile("^x{20000}THE END$"),
                        new LocatorAssertions.HasValueOptions().setTimeout(15_000));
        assertThat(page.getByTestId("value-length")).containsText("20,007 characters");
        page.getByTestId("value-viewer")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy"))
                .click();
        assertThat(page.evaluate("() => navigator.clipboard.readText()").toString())
                .endsWith("xTHE END")
                .hasSize(20_007);
        page.keyboard().press("Escape");
        assertThat(page.getByTestId("value-viewer")).hasCount(0);
        assertThat(consoleErrors).isEmpty();
    }

    private void type(String sql) {
        Locator editor = page.locator(".cm-content");
        editor.click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        // Typed as a person would; closing brackets and quotes are inserted by the editor, so insert text instead.
        page.keyboard().insertText(sql);
    }
}
