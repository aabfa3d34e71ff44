package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every dialog is the UI kit's one dialog: the width its feature asks for (no feature's stylesheet wins over another's),
 * focus that starts inside, stays inside, leaves with Escape and goes back to what opened it. Screenshots land in
 * target/screenshots for a person to look at.
 */
class DialogBrowserTest extends SingleTenantTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void logIn() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.setViewportSize(1400, 900);
        Browsers.logIn(page, baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aNameDialogIsNarrowAndKeepsTheKeyboardInside() {
        page.getByTestId("open-storage").click();
        Locator opener = page.getByTestId("storage-new-folder");
        opener.click();
        Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);

        assertWidth(dialog, 420, "storage-new-folder");
        assertThat(page.getByTestId("name-input")).isFocused();
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Tab");
            assertThat(focusedInside(dialog))
                    .as("focus after %d Tab presses", i + 1)
                    .isTrue();
        }
        page.keyboard().press("Shift+Tab");
        assertThat(focusedInside(dialog)).isTrue();

        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(opener).isFocused();
    }

    @Test
    void anObjectEditorIsLargeAndClosesOnEscapeFromAnyField() {
        Locator tables = page.getByTestId("tree-node-server/shop/schemas/public/tables");
        for (String id : new String[] {"server/shop", "server/shop/schemas", "server/shop/schemas/public"}) {
            page.getByTestId("tree-node-" + id).locator(".tree__twisty").click();
        }
        tables.click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-create-table").click();
        Locator dialog = page.getByTestId("create-table-dialog");

        assertWidth(dialog, 760, "create-table");
        dialog.getByTestId("add-column").click();
        dialog.getByTestId("column-1-type").click();
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
    }

    @Test
    void aFormWithAFileIsWide() {
        page.getByTestId("tree-node-server/shop").locator(".tree__twisty").click();
        page.getByTestId("tree-node-server/shop/schemas")
                .locator(".tree__twisty")
                .click();
        page.getByTestId("tree-node-server/shop/schemas/public")
                .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-backup").click();

        assertWidth(page.getByTestId("backup-dialog"), 680, "backup");
    }

    private void assertWidth(Locator dialog, double expected, String name) {
        assertThat(dialog).isVisible();
        dialog.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dialog-" + name + ".png")));
        BoundingBox box = dialog.boundingBox();
        assertThat(box.width).as("%s dialog width", name).isBetween(expected - 1, expected + 1);
    }

    private static boolean focusedInside(Locator dialog) {
        return (Boolean) dialog.evaluate("el => el.contains(document.activeElement)");
    }
}
