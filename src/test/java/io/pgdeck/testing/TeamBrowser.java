package io.pgdeck.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh browser context for each test with one page, the team logged in through the real login form; closed after
 * the test. Registered on a test's field, it logs in before the test's own {@code @BeforeEach} methods run:
 *
 * <pre>{@code @RegisterExtension final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);}</pre>
 */
public final class TeamBrowser implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<String> baseUrl;
    private final Browser.NewContextOptions options;
    private final List<String> permissions;
    private BrowserContext context;
    private Page page;

    private TeamBrowser(Supplier<String> baseUrl, Browser.NewContextOptions options, List<String> permissions) {
        this.baseUrl = baseUrl;
        this.options = options;
        this.permissions = permissions;
    }

    /** A page at {@code baseUrl}'s shell, logged in as the team. */
    public static TeamBrowser loggedIn(Supplier<String> baseUrl) {
        return new TeamBrowser(baseUrl, new Browser.NewContextOptions(), List.of());
    }

    /** The same, in a context made with {@code options} (downloads, another viewport...). */
    public TeamBrowser with(Browser.NewContextOptions contextOptions) {
        return new TeamBrowser(baseUrl, contextOptions, permissions);
    }

    /** The same, where the page may read and write the clipboard, as a person who copies and pastes lets it. */
    public TeamBrowser withClipboard() {
        return new TeamBrowser(baseUrl, options, List.of("clipboard-read", "clipboard-write"));
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = Browsers.chromium().newContext(options);
        if (!permissions.isEmpty()) {
            context.grantPermissions(permissions);
        }
        page = context.newPage();
        Browsers.logIn(page, baseUrl.get());
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
        }
    }
}
