package io.pgdeck.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a person who works with the keyboard meets first: tabs, the tree's menu, a new editor. */
class KeyboardBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
    }

    @Test
    void aNewQueryToolTabTakesWhatIsTypedAtOnce() {
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
        assertThat(page.locator(".cm-content")).isVisible();

        page.keyboard().type("SELECT 42");

        assertThat(page.locator(".cm-content"))
                .hasText("SELECT 42", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
    }

    @Test
    void shiftF10OpensTheTreesContextMenu() {
        Locator server = page.getByTestId("tree-node-server/shop");
        server.click();

        page.keyboard().press("Shift+F10");

        assertThat(page.getByTestId("explorer-menu")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.getByTestId("explorer-menu")).isHidden();
    }

    @Test
    void theActiveTabsCloseButtonIsReachedWithTabAndEveryTabIsInTheList() {
        page.getByTestId("open-storage").click();
        page.getByTestId("open-processes").click();
        Locator processes = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Processes"));
        assertThat(processes).hasAttribute("aria-selected", "true");

        processes.focus();
        page.keyboard().press("ArrowLeft");
        Locator storage = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Storage"));
        assertThat(storage).isFocused();
        assertThat(storage).hasAttribute("aria-selected", "true");
        page.keyboard().press("Tab");
        assertThat(page.locator("[data-testid^='tab-close-']:focus")).hasAttribute("aria-label", "Close Storage");
        page.keyboard().press("Enter");
        assertThat(storage).isHidden();

        page.getByTestId("tab-list").click();
        Locator listed = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Processes"));
        assertThat(listed).isVisible();
        listed.click();
        assertThat(processes).hasAttribute("aria-selected", "true");
        assertThat(processes).isInViewport();
    }
}
