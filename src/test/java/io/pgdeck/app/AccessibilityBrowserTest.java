package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.query.QueryToolDriver;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * axe-core over every main screen and every dialog, as a person reaches them: no serious or critical violation (labels,
 * roles, contrast, names of icon buttons). One page for the class: the screens are tabs of the same shell.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest extends SingleTenantTest {

    private static final String SCHEMA = "server/shop/schemas/public";
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private BrowserContext context;
    private Page page;
    private final Map<String, List<String>> found = new LinkedHashMap<>();

    @BeforeAll
    void openBrowser() {
        context = newContext();
        page = context.newPage();
        page.setViewportSize(1400, 900);
        Browsers.logIn(page, baseUrl());
    }

    /** axe is injected as a script tag, which the page's Content-Security-Policy (script-src 'self') would refuse. */
    private static BrowserContext newContext() {
        return Browsers.chromium().newContext(new Browser.NewContextOptions().setBypassCSP(true));
    }

    @AfterAll
    void closeBrowser() {
        context.close();
    }

    @BeforeEach
    void forget() {
        found.clear();
    }

    @Test
    void theLoginPageAndEveryMainScreen() {
        try (BrowserContext loggedOut = newContext()) {
            Page login = loggedOut.newPage();
            login.navigate(baseUrl() + "/login");
            List<String> violations = AxeCheck.seriousViolations(login);
            if (!violations.isEmpty()) {
                found.put("login", violations);
            }
        }

        expand("server/shop");
        expand("server/shop/schemas");
        expand(SCHEMA);
        expand(SCHEMA + "/tables");
        check("shell with the Object Explorer");

        QueryToolDriver.open(page, "shop").run("SELECT id, name FROM customers ORDER BY id");
        assertThat(page.getByTestId("result-grid")).containsText("customer 1", SOON);
        // The completion list CodeMirror may have left open is its own widget, not a screen of pgdeck's.
        page.locator(".cm-content").press("Escape");
        check("Query Tool with a result");

        rightClick(SCHEMA + "/tables/customers");
        page.getByTestId("menu-view-edit-data").click();
        assertThat(page.getByTestId("data-grid")).containsText("customer 1", SOON);
        check("View/Edit Data");

        screen("open-processes", "Processes");
        screen("open-storage", "Storage Manager");
        screen("open-dashboard", "Dashboard");
        screen("open-audit", "Audit");

        assertThat(AxeCheck.report(found)).isEmpty();
    }

    @Test
    void everyDialog() {
        dialog("backup", () -> menu(SCHEMA, "backup"));
        dialog("restore", () -> menu(SCHEMA, "restore"));
        dialog("maintenance", () -> menu(SCHEMA, "maintenance"));
        dialog("compare", () -> menu(SCHEMA, "compare-snapshot"));
        dialog("create table", () -> menu(SCHEMA + "/tables", "create-table"));
        dialog("drop", () -> menu(SCHEMA + "/tables/customers", "drop"));
        dialog("script preview", () -> menu(SCHEMA + "/tables/customers", "scripts-create"));
        dialog("search", () -> page.getByTestId("explorer-search").click());
        dialog("open table", () -> page.getByTestId("open-table").click());
        filePickerOverRestore();
        page.getByTestId("open-storage").click();
        dialog("new folder", () -> page.getByTestId("storage-new-folder").click());

        assertThat(AxeCheck.report(found)).isEmpty();
    }

    /** A dialog over a dialog: the file picker the Restore dialog opens; Escape closes the top one only. */
    private void filePickerOverRestore() {
        menu(SCHEMA, "restore");
        page.getByTestId("restore-browse").click();
        Locator picker = page.getByTestId("file-picker-dialog");
        assertThat(picker).isVisible();
        check("file picker over restore");
        page.keyboard().press("Escape");
        assertThat(picker).isHidden();
        assertThat(page.getByTestId("restore-dialog")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.getByTestId("restore-dialog")).isHidden();
    }

    private void screen(String opener, String name) {
        page.getByTestId(opener).click();
        page.waitForLoadState();
        page.waitForTimeout(300);
        check(name);
    }

    private void dialog(String name, Runnable open) {
        if (page.getByTestId("tree-node-" + SCHEMA + "/tables/customers").count() == 0) {
            expand("server/shop");
            expand("server/shop/schemas");
            expand(SCHEMA);
            expand(SCHEMA + "/tables");
        }
        open.run();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        page.waitForTimeout(300);
        check(name + " dialog");
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
    }

    private void check(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "a11y-" + name.replaceAll("\\W+", "-") + ".png")));
        List<String> violations = AxeCheck.seriousViolations(page);
        if (!violations.isEmpty()) {
            found.put(name, violations);
        }
    }

    private void menu(String node, String item) {
        rightClick(node);
        page.getByTestId("menu-" + item).click();
    }

    private void rightClick(String id) {
        page.getByTestId("tree-node-" + id).click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    }

    private void expand(String id) {
        Locator node = page.getByTestId("tree-node-" + id);
        if (!"true".equals(node.getAttribute("aria-expanded"))) {
            node.locator(".tree__twisty").click();
        }
        assertThat(node).hasAttribute("aria-expanded", "true");
    }
}
