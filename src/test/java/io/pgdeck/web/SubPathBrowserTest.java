package io.pgdeck.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.pgdeck.query.QueryToolDriver;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.Nginx;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * pgdeck behind the platform's ingress: TLS ended at a real nginx, served under /team-a/pgdeck/. Login, the page's
 * assets and API calls, the live event stream, downloads and logout all stay under the sub-path, and the cookies are
 * the sub-path's and Secure.
 */
class SubPathBrowserTest extends SingleTenantTest {

    private static final String PREFIX = "/team-a/pgdeck";

    private Nginx ingress;
    private BrowserContext context;
    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void behindTheIngress() throws Exception {
        ingress = Nginx.tlsUnderSubPath(port, PREFIX, Files.createTempDirectory("pgdeck-ingress-"));
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true));
        page = context.newPage();
        page.onRequest(request -> requests.add(request.url()));
    }

    @AfterEach
    void close() {
        context.close();
        ingress.close();
    }

    @Test
    void everythingStaysUnderTheSubPath() {
        String home = ingress.baseUrl() + PREFIX;
        Browsers.logIn(page, home);
        assertThat(page.getByTestId("new-query")).isVisible();

        QueryToolDriver tool = QueryToolDriver.open(page, "shop");
        tool.run("SELECT 40 + 2 AS answer");
        assertThat(page.getByTestId("result-grid").locator("[data-row='1']"))
                .containsText("42", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        Download csv = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("CSV").setExact(true))
                .click());
        assertThat(csv.url()).startsWith(home + "/api/v1/query-sessions/");
        assertThat(csv.failure()).isNull();

        List<Cookie> cookies = context.cookies();
        assertThat(cookies)
                .filteredOn(cookie -> cookie.name.equals("JSESSIONID") || cookie.name.equals("XSRF-TOKEN"))
                .hasSize(2)
                .allSatisfy(cookie -> assertThat(cookie.path).startsWith(PREFIX))
                .filteredOn(cookie -> cookie.name.equals("JSESSIONID"))
                .allSatisfy(cookie -> assertThat(cookie.secure).isTrue());
        assertThat(requests).anyMatch(url -> url.equals(home + "/api/v1/events"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        page.waitForURL(home + "/login?logout");

        assertThat(requests).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(home + "/"));
    }
}
