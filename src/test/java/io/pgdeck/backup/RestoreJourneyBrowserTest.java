package io.pgdeck.backup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform guide's restore, as a new user walks it: right-click the damaged schema, Restore, pick the backup,
 * Restore; the schema comes back as it was, the other schema's view that depends on it still there.
 */
class RestoreJourneyBrowserTest extends MultiTenantTest {

    private static final String DB = TestPostgres.TEAM_DATABASE;
    private static final String SCHEMA = "journey_store";
    private static final String FILE = "journey/" + SCHEMA + ".dump";

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
    }

    @AfterEach
    void close() {
        TestPostgres.execute(DB, "DROP SCHEMA IF EXISTS journey_reporting CASCADE");
        BackupRestoreRoundTripTest.dropSchema(SCHEMA);
    }

    @Test
    void aDamagedSchemaIsRestoredWithTheDefaultsAndItsDataComesBack() throws SQLException {
        BackupRestoreRoundTripTest.createSchema(SCHEMA);
        ReplaceRestoreTest.addCoupons(SCHEMA);
        TestPostgres.execute(
                DB,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA journey_reporting",
                "CREATE VIEW journey_reporting.revenue AS SELECT sum(total) AS total FROM " + SCHEMA + ".orders");
        String before = PgDumpOracle.schema(DB, SCHEMA);
        Client client = loggedIn();
        Client.Response backup = client.postJson(
                "/api/v1/databases/" + DB + "/backups",
                "{\"scope\":\"schema\",\"schema\":\"" + SCHEMA + "\",\"file\":\"" + FILE + "\",\"overwrite\":true}");
        assertThat(JobWaiter.awaitEnd(client, backup.json().get("jobId").asLong())
                        .get("status")
                        .asString())
                .isEqualTo("succeeded");
        TestPostgres.execute(
                DB,
                "DROP TABLE " + SCHEMA + ".coupons",
                "DROP MATERIALIZED VIEW " + SCHEMA + ".totals",
                "UPDATE " + SCHEMA + ".customers SET name = 'damaged'",
                "DELETE FROM " + SCHEMA + ".orders WHERE id <= 1000");

        for (String id : new String[] {"server/team_alpha", "server/team_alpha/schemas"}) {
            Locator node = page.getByTestId("tree-node-" + id);
            node.locator(".tree__twisty").click();
            assertThat(node).hasAttribute("aria-expanded", "true");
        }
        String tables = "tree-node-server/team_alpha/schemas/" + SCHEMA + "/tables";
        page.getByTestId("tree-node-server/team_alpha/schemas/" + SCHEMA)
                .locator(".tree__twisty")
                .click();
        page.getByTestId(tables).locator(".tree__twisty").click();
        assertThat(page.getByTestId(tables + "/orders")).isVisible();
        assertThat(page.getByTestId(tables + "/coupons")).hasCount(0);
        page.getByTestId("tree-node-server/team_alpha/schemas/" + SCHEMA)
                .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-restore").click();
        page.getByTestId("restore-file").fill(FILE);

        Locator analysis = page.getByTestId("restore-analysis");
        assertThat(analysis).containsText("Replace: schema " + SCHEMA + " exists here");
        assertThat(analysis).containsText("Kept: view journey_reporting.revenue");
        assertThat(page.getByTestId("restore-mode")).hasValue("replace");
        page.getByTestId("restore-start").click();

        assertThat(page.locator("[data-testid=job-notice]", new Page.LocatorOptions().setHasText("Restore Object")))
                .containsText(
                        "Restore Object succeeded", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        // The explorer refreshes the restored schema by itself: the dropped table is back in the tree.
        assertThat(page.getByTestId(tables + "/coupons"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(PgDumpOracle.schema(DB, SCHEMA)).isEqualTo(before);
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + SCHEMA + ".orders"))
                .isEqualTo("2000");
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + SCHEMA + ".coupons"))
                .isEqualTo("3");
        assertThat(TeamDatabase.value("SELECT total FROM journey_reporting.revenue"))
                .isEqualTo(TeamDatabase.value("SELECT sum(total) FROM " + SCHEMA + ".orders"));
    }
}
