package io.pgdeck.explorer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.pgdeck.query.QueryToolDriver;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Object Explorer shows what DDL in the Query Tool and a restore changed, without a manual refresh. */
class ExplorerRefreshBrowserTest extends SingleTenantTest {

    private static final String SCHEMAS = "server/shop/schemas";
    private static final LocatorAssertions.IsVisibleOptions SOON =
            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void logIn() {
        page = browser.page();
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS explorer_refresh CASCADE",
                "DROP SCHEMA IF EXISTS explorer_restored CASCADE",
                "CREATE SCHEMA explorer_refresh",
                "CREATE TABLE explorer_refresh.before (id int)");
    }

    @AfterEach
    void close() {
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS explorer_refresh CASCADE",
                "DROP SCHEMA IF EXISTS explorer_restored CASCADE");
    }

    private Locator node(String id) {
        return page.getByTestId("tree-node-" + id);
    }

    private void expand(String id) {
        node(id).locator(".tree__twisty").click();
        assertThat(node(id)).hasAttribute("aria-expanded", "true");
    }

    @Test
    void aTableCreatedInTheQueryToolAppearsInTheTree() {
        expand("server/shop");
        expand(SCHEMAS);
        expand(SCHEMAS + "/explorer_refresh");
        expand(SCHEMAS + "/explorer_refresh/tables");
        assertThat(node(SCHEMAS + "/explorer_refresh/tables/before")).isVisible();

        QueryToolDriver.open(page, "shop").run("CREATE TABLE explorer_refresh.made_here (id int)");

        assertThat(node(SCHEMAS + "/explorer_refresh/tables/made_here")).isVisible(SOON);
    }

    @Test
    void aRestoredSchemaAppearsInTheTreeWhenTheRestoreEnds() {
        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "CREATE SCHEMA explorer_restored",
                "CREATE TABLE explorer_restored.kept (id int)");
        Client client = loggedIn();
        Client.Response backup = client.postJson(
                "/api/v1/databases/shop/backups",
                "{\"scope\":\"schema\",\"schema\":\"explorer_restored\",\"file\":\"refresh/restored.dump\"}");
        assertThat(backup.status()).as(backup.body()).isEqualTo(202);
        assertThat(JobWaiter.awaitEnd(client, backup.json().get("jobId").asLong())
                        .get("status")
                        .asString())
                .isEqualTo("succeeded");
        TestPostgres.execute(TestPostgres.SINGLE_DATABASE, "DROP SCHEMA explorer_restored CASCADE");
        expand("server/shop");
        expand(SCHEMAS);
        assertThat(node(SCHEMAS + "/explorer_refresh")).isVisible();
        assertThat(node(SCHEMAS + "/explorer_restored")).hasCount(0);

        Client.Response restore =
                client.postJson("/api/v1/databases/shop/restores", "{\"file\":\"refresh/restored.dump\"}");
        assertThat(restore.status()).as(restore.body()).isEqualTo(202);
        assertThat(JobWaiter.awaitEnd(client, restore.json().get("jobId").asLong())
                        .get("status")
                        .asString())
                .isEqualTo("succeeded");

        assertThat(node(SCHEMAS + "/explorer_restored")).isVisible(SOON);
    }
}
