package io.pgdeck.backup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A job that fails while the page is open says why in its notice, what to try next, and stays until dismissed. */
class FailedJobNoticeBrowserTest extends SingleTenantTest {

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS locked_out CASCADE",
                "CREATE SCHEMA locked_out",
                "CREATE TABLE locked_out.busy (id int)");
    }

    @AfterEach
    void close() {
        TestPostgres.execute(TestPostgres.SINGLE_DATABASE, "DROP SCHEMA IF EXISTS locked_out CASCADE");
    }

    @Test
    void aFailedJobsNoticeGivesTheFirstErrorLineAndWhatToTryNext() throws SQLException {
        assertThat(page.getByTestId("explorer")).isVisible();
        try (Connection holder = TestPostgres.connect(TestPostgres.SINGLE_DATABASE);
                Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE locked_out.busy IN ACCESS EXCLUSIVE MODE");
            Client.Response started = loggedIn()
                    .postJson(
                            "/api/v1/databases/shop/backups",
                            "{\"scope\":\"schema\",\"schema\":\"locked_out\",\"file\":\"notice/locked.dump\","
                                    + "\"options\":{\"miscellaneous\":{\"lockWaitTimeout\":200}}}");
            org.assertj.core.api.Assertions.assertThat(started.status())
                    .as(started.body())
                    .isEqualTo(202);

            Locator notice = page.getByTestId("job-notice");
            assertThat(notice).containsText("failed", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(notice).containsText("canceling statement due to statement timeout");
            assertThat(notice.getByTestId("job-notice-advice")).containsText("holds a lock");
            holder.rollback();
        }
        page.waitForTimeout(13_000);
        Locator notice = page.getByTestId("job-notice");
        assertThat(notice).isVisible();
        notice.getByLabel("Dismiss").click();
        assertThat(notice).hasCount(0);
    }
}
