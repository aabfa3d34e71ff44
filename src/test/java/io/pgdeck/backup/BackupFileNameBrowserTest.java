package io.pgdeck.backup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A backup file name typed without an extension gets the one its format uses, before anything is written. */
class BackupFileNameBrowserTest extends SingleTenantTest {

    @Autowired
    StorageArea storage;

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
    }

    @Test
    void aNameWithoutAnExtensionGetsTheFormatsOne() {
        for (String id : new String[] {"server/shop", "server/shop/schemas"}) {
            Locator node = page.getByTestId("tree-node-" + id);
            node.locator(".tree__twisty").click();
            assertThat(node).hasAttribute("aria-expanded", "true");
        }
        page.getByTestId("tree-node-server/shop/schemas/public")
                .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-backup").click();

        page.getByTestId("backup-file").fill("named/without-extension");

        assertThat(page.getByTestId("backup-command")).containsText("named/without-extension.dump");
        page.getByTestId("backup-start").click();
        assertThat(page.getByTestId("job-notice"))
                .containsText("succeeded", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(storage.resolve("named/without-extension.dump")).exists();
        assertThat(storage.resolve("named/without-extension")).doesNotExist();
    }
}
