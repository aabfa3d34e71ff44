package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.query.QueryToolDriver;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every modal dialog driven from the keyboard, checked by {@code document.activeElement}: focus starts inside, Tab and
 * Shift+Tab stay inside, Escape closes it wherever focus is (even nowhere), and focus goes back to what opened it; each
 * dialog as wide as its feature asks (measured, and screenshot to target/screenshots). Also Shift+F10 on the result
 * grid, arrows between a dialog's tabs, and a new Query Tool tab's cursor. One page for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogKeyboardBrowserTest extends SingleTenantTest {

    /** Each dialog as drawn, for a person to look at. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String SCHEMA = "server/shop/schemas/public";
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private BrowserContext context;
    private Page page;

    @BeforeAll
    void openBrowser() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.setViewportSize(1400, 900);
        Browsers.logIn(page, baseUrl());
        for (String node : new String[] {"server/shop", "server/shop/schemas", SCHEMA, SCHEMA + "/tables"}) {
            page.getByTestId("tree-node-" + node).locator(".tree__twisty").click();
        }
    }

    /** A test that failed with a dialog open leaves the page as the next one expects it. */
    @AfterEach
    void closeDialogs() {
        for (int i = 0; i < 3 && page.getByRole(AriaRole.DIALOG).count() > 0; i++) {
            page.keyboard().press("Escape");
        }
    }

    @AfterAll
    void closeBrowser() {
        context.close();
    }

    @Test
    void everyModalDialogKeepsTheKeyboardAndGivesFocusBack() {
        Locator tree = page.getByRole(AriaRole.TREE);
        Map<String, Double> widths = new LinkedHashMap<>();
        widths.put("backup-dialog", keyboardRoundTrip("backup-dialog", () -> fromMenu(SCHEMA, "backup"), tree));
        widths.put("restore-dialog", keyboardRoundTrip("restore-dialog", () -> fromMenu(SCHEMA, "restore"), tree));
        widths.put(
                "maintenance-dialog",
                keyboardRoundTrip("maintenance-dialog", () -> fromMenu(SCHEMA, "maintenance"), tree));
        widths.put(
                "create-table-dialog",
                keyboardRoundTrip("create-table-dialog", () -> fromMenu(SCHEMA + "/tables", "create-table"), tree));
        widths.put(
                "drop-dialog",
                keyboardRoundTrip("drop-dialog", () -> fromMenu(SCHEMA + "/tables/customers", "drop"), tree));
        Locator search = page.getByTestId("explorer-search");
        widths.put("search-dialog", keyboardRoundTrip("search-dialog", search::click, search));
        Locator openTable = page.getByTestId("open-table");
        widths.put("open-table-dialog", keyboardRoundTrip("open-table-dialog", openTable::click, openTable));
        page.getByTestId("open-storage").click();
        Locator newFolder = page.getByTestId("storage-new-folder");
        widths.put("name-dialog", keyboardRoundTrip("name-dialog", newFolder::click, newFolder));

        System.out.println("Dialog widths (px): " + widths);
        // What each feature asks for: a name narrow, a form with a file or options wide, an object editor large.
        assertThat(widths)
                .as("dialog widths (px)")
                .allSatisfy((dialog, width) -> assertThat(width)
                        .as(dialog)
                        .isCloseTo(expectedWidth(dialog), org.assertj.core.data.Offset.offset(1.0)));
    }

    @Test
    void arrowKeysMoveBetweenADialogsTabs() {
        fromMenu(SCHEMA, "backup");
        Locator dialog = page.getByTestId("backup-dialog");
        Locator general = dialog.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("General"));
        assertThat(general).hasAttribute("aria-selected", "true");

        general.focus();
        page.keyboard().press("ArrowRight");
        Locator data = dialog.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Data Options"));
        assertThat(data).isFocused();
        assertThat(data).hasAttribute("aria-selected", "true");
        assertThat(general).hasAttribute("aria-selected", "false");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        Locator options = dialog.getByRole(
                AriaRole.TAB, new Locator.GetByRoleOptions().setName("Options").setExact(true));
        assertThat(options).isFocused();
        assertThat(options).hasAttribute("aria-selected", "true");
        page.keyboard().press("Home");
        assertThat(general).isFocused();

        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
    }

    @Test
    void shiftF10OpensTheResultGridsMenuAndANewTabsCursorIsInTheEditor() {
        QueryToolDriver tool = QueryToolDriver.open(page, "shop");
        assertThat(page.locator(".tab-panel:visible .cm-content")).isFocused();

        tool.run("SELECT id, name FROM customers ORDER BY id");
        Locator grid = page.locator(".tab-panel:visible").getByTestId("result-grid");
        assertThat(grid).containsText("customer 1", SOON);
        grid.locator("[role=gridcell]").first().click();
        page.keyboard().press("Shift+F10");

        Locator menu = page.getByRole(AriaRole.MENU);
        assertThat(menu).isVisible();
        assertThat(menu.getByRole(AriaRole.MENUITEM).first()).isFocused();
        page.keyboard().press("Escape");
        assertThat(menu).isHidden();
        assertThat((Boolean) grid.evaluate("el => el.contains(document.activeElement)"))
                .as("focus back in the grid")
                .isTrue();
    }

    private static double expectedWidth(String dialog) {
        return switch (dialog) {
            case "name-dialog" -> 420;
            case "create-table-dialog", "drop-dialog" -> 760;
            default -> 680;
        };
    }

    /** Opens the dialog, walks it with the keyboard, closes it with focus nowhere; answers its width. */
    private double keyboardRoundTrip(String testId, Runnable open, Locator opener) {
        open.run();
        Locator dialog = page.getByTestId(testId);
        assertThat(dialog).isVisible();
        assertThat(dialog.locator(":focus")).hasCount(1);
        for (String key : new String[] {"Tab", "Shift+Tab"}) {
            for (int i = 1; i <= 15; i++) {
                page.keyboard().press(key);
                assertThat(focusedInside(dialog))
                        .as("%s keeps focus after %d × %s", testId, i, key)
                        .isTrue();
            }
        }
        dialog.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testId + ".png")));
        double width = dialog.boundingBox().width;
        page.evaluate("() => document.activeElement.blur()");
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(opener).isFocused();
        return width;
    }

    private void fromMenu(String node, String item) {
        page.getByTestId("tree-node-" + node).click();
        page.keyboard().press("Shift+F10");
        page.getByTestId("menu-" + item).click();
    }

    private static boolean focusedInside(Locator dialog) {
        return (Boolean) dialog.evaluate("el => el.contains(document.activeElement)");
    }
}
