package io.pgdeck.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One headless Debian Chromium for the whole run, driven by Playwright; each test takes a fresh context. */
public final class Browsers {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PGDECK_CHROMIUM", "/usr/bin/chromium"));
    private static Browser browser;

    private Browsers() {}

    /** Logs the team in through the real login form and waits for the shell. */
    public static void logIn(Page page, String baseUrl) {
        page.navigate(baseUrl + "/login");
        submitLogin(page);
        page.waitForURL(baseUrl + "/");
    }

    /** Fills in and submits the login form the page shows, wherever the login was asked for. */
    public static void submitLogin(Page page) {
        page.getByLabel("Username").fill(Deployments.TEAM_LOGIN);
        page.getByLabel("Password").fill(Deployments.TEAM_LOGIN_PASSWORD);
        if (page.locator("input[name=consent]").count() > 0) {
            page.locator("input[name=consent]").check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    public static synchronized Browser chromium() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(
                        CHROMIUM + " is missing: install Debian's chromium (bash .ci/run does)");
            }
            Playwright playwright = Playwright.create();
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
