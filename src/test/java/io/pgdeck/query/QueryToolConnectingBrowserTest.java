package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** F5 pressed while a new tab is still opening its session, as on a slow link: never lost without a word. */
class QueryToolConnectingBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    QuerySessions sessions;

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;
    private final AtomicReference<Route> held = new AtomicReference<>();
    private Consumer<Route> then = Route::resume;

    @BeforeEach
    void logIn() {
        page = browser.page();
    }

    @AfterEach
    void closeBrowser() {
        sessions.closeIdle(java.time.Duration.ZERO);
    }

    @Test
    void runsWhatWasAskedOnceTheSessionIsOpenAndSaysItIsWaiting() {
        holdSessionOpening(Route::resume);
        openQueryToolHeld();

        page.locator(".cm-content").click();
        page.keyboard().insertText("SELECT 'ran after connecting' AS answer");
        page.keyboard().press("F5");

        assertThat(page.getByTestId("queued-run")).containsText("runs as soon as the session is open");
        assertThat(page.getByTestId("transaction-status")).containsText("Connecting");
        release();
        assertThat(page.getByTestId("result-grid")).containsText("ran after connecting", SOON);
        assertThat(page.getByTestId("queued-run")).isHidden();
    }

    @Test
    void saysTheQueryWasNotRunWhenTheSessionCannotOpen() {
        holdSessionOpening(route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(503)
                .setContentType("application/problem+json")
                .setBody("{\"title\":\"Database server unavailable\",\"status\":503,"
                        + "\"detail\":\"The database server is not reachable.\"}")));
        openQueryToolHeld();

        page.locator(".cm-content").click();
        page.keyboard().insertText("SELECT 1");
        page.keyboard().press("F5");
        assertThat(page.getByTestId("queued-run")).isVisible();
        release();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("The query you ran was not run.", SOON);
    }

    @Test
    void reopensASessionThisPgdeckNoLongerHoldsAndSaysWhatWasLost() {
        openQueryTool();
        assertThat(page.getByTestId("transaction-status")).containsText("Idle", SOON);
        // As when pgdeck restarted, or the request reached another replica than the one holding the session.
        sessions.closeIdle(java.time.Duration.ZERO);
        page.locator(".cm-content").click();
        page.keyboard().insertText("SELECT 'after reopening' AS answer");
        page.keyboard().press("F5");

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("The query session was lost", SOON);
        assertThat(page.getByTestId("transaction-status")).containsText("Idle", SOON);
        page.keyboard().press("F5");
        assertThat(page.getByTestId("result-grid")).containsText("after reopening", SOON);
    }

    /**
     * Session opening is held until {@link #release()}, then goes on as {@code then} says. Playwright calls route
     * handlers on the test's own thread, so the request is kept rather than waited on.
     */
    private void holdSessionOpening(Consumer<Route> then) {
        this.then = then;
        page.route("**/query-sessions", route -> {
            if (route.request().method().equals("POST")) {
                held.set(route);
            } else {
                route.resume();
            }
        });
    }

    private void release() {
        then.accept(held.getAndSet(null));
    }

    private void openQueryTool() {
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
    }

    private void openQueryToolHeld() {
        openQueryTool();
        assertThat(page.getByTestId("transaction-status")).containsText("Connecting");
        page.waitForCondition(() -> held.get() != null);
    }
}
