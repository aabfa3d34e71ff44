package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A result cut on the server while its page looked away (left idle, it kept its first 1,000,000 rows) still shows its
 * export links until the page reads again: a click then says why there is no export, and nothing downloads.
 */
class ResultExportBrowserTest extends SingleTenantTest {

    @Autowired
    QuerySessions sessions;

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void openQueryTool() {
        page = browser.page();
    }

    @AfterEach
    void closeBrowser() {
        sessions.closeIdle(Duration.ZERO);
    }

    @Test
    void anExportOfAResultCutSinceItWasShownSaysWhyAndDownloadsNothing() {
        QueryToolDriver.open(page, "shop").run("SELECT g FROM generate_series(1, 1000001) g");
        assertThat(page.getByTestId("row-count")).containsText("read so far");
        sessions.releaseIdleTransactions(Duration.ZERO);
        List<Download> downloads = new ArrayList<>();
        page.onDownload(downloads::add);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV").setExact(true))
                .click();

        assertThat(page.getByTestId("export-refused")).containsText("Run the query again to export all of it");
        assertThat(page.getByTestId("result")).containsText("discarded after its first 1,000,000 rows");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("JSON")))
                .hasCount(0);
        assertThat(downloads).isEmpty();
    }
}
