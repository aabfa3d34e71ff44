package io.pgdeck.backup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform guide's backup-and-restore walk-through, done in pgdeck as a team member would: back up a schema from
 * the tree's context menu, see the notice, open the process log, download the file from the Storage Manager, and
 * restore it (from Processes) after the schema is gone.
 */
class BackupBrowserTest extends MultiTenantTest {

    private static final String SCHEMA = "browser_shop";
    private static final String FILE = "browser/" + SCHEMA + ".dump";

    @Autowired
    StorageArea storage;

    @RegisterExtension
    final TeamBrowser browser =
            TeamBrowser.loggedIn(this::baseUrl).with(new Browser.NewContextOptions().setAcceptDownloads(true));

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
        BackupRestoreRoundTripTest.createSchema(SCHEMA);
    }

    @AfterEach
    void cleanUp() throws Exception {
        BackupRestoreRoundTripTest.dropSchema(SCHEMA);
        BackupFiles.deleteRecursively(storage.resolve("browser"));
    }

    @Test
    void backsUpASchemaSeesTheNoticeReadsTheLogDownloadsTheFileAndRestoresIt() throws Exception {
        String before = PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, SCHEMA);

        // As the platform's guide has it: right-click the schema in the tree, Backup.
        for (String id : new String[] {"server/team_alpha", "server/team_alpha/schemas"}) {
            Locator node = page.getByTestId("tree-node-" + id);
            node.locator(".tree__twisty").click();
            assertThat(node).hasAttribute("aria-expanded", "true");
        }
        page.getByTestId("tree-node-server/team_alpha/schemas/" + SCHEMA)
                .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-backup").click();
        Locator dialog = page.getByTestId("backup-dialog");
        assertThat(dialog).containsText("Backup (schema: team_alpha." + SCHEMA + ")");
        page.getByTestId("backup-file").fill(FILE);
        page.getByTestId("dialog-tab-data").click();
        assertThat(page.getByTestId("backup-no-privileges")).not().isChecked();
        assertThat(page.getByTestId("backup-blobs")).isChecked();
        assertThat(page.getByTestId("backup-command")).containsText("--no-owner");
        page.getByTestId("backup-start").click();

        Locator notice = page.getByTestId("job-notice");
        assertThat(notice).containsText("Backup Object succeeded");
        notice.getByTestId("job-notice-open").click();
        assertThat(page.getByTestId("job-details")).containsText("team_alpha." + SCHEMA);
        assertThat(page.getByTestId("job-command")).containsText("pg_dump");
        assertThat(page.getByTestId("job-log")).containsText("backup written to " + FILE);

        page.getByTestId("open-storage").click();
        page.locator("[data-testid=storage-entry][data-name='browser']")
                .getByTestId("entry-open")
                .click();
        Locator file = page.locator("[data-testid=storage-entry][data-name='" + SCHEMA + ".dump']");
        Download download =
                page.waitForDownload(() -> file.getByTestId("entry-download").click());
        assertThat(download.suggestedFilename()).isEqualTo(SCHEMA + ".dump");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(Files.readAllBytes(storage.resolve(FILE)));

        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA " + SCHEMA + " CASCADE");
        // Restore… from Processes asks where to restore first.
        page.getByTestId("tab-processes").click();
        page.getByTestId("new-restore").click();
        page.getByTestId("backup-target-next").click();
        page.getByTestId("restore-browse").click();
        page.locator("[data-testid=file-picker-entry][data-name='browser']").click();
        page.locator("[data-testid=file-picker-entry][data-name='" + SCHEMA + ".dump']")
                .click();
        page.getByTestId("file-picker-pick").click();
        assertThat(page.getByTestId("restore-analysis")).containsText("custom dump of team_alpha");
        page.getByTestId("restore-start").click();

        assertThat(page.locator("[data-testid=job-notice]", new Page.LocatorOptions().setHasText("Restore Object")))
                .containsText("Restore Object succeeded");
        assertThat(PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, SCHEMA)).isEqualTo(before);
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + SCHEMA + ".orders"))
                .isEqualTo("2000");
    }
}
