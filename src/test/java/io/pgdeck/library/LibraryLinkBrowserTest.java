package io.pgdeck.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.Client;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A saved query's link, opened by a teammate who is not logged in yet; the library carried as one file. */
class LibraryLinkBrowserTest extends LibraryBrowserSession {

    @Test
    void theLinkOpenedLoggedOutOpensTheQueryAfterTheLogin() {
        String name = "Linked " + marker;
        String id = LibraryPage.saveThroughApi(loggedIn(), name, "shop", "select 'linked' as " + marker);
        String link = library.select(marker).getByTestId("library-link").inputValue();
        assertThat(link).isEqualTo(baseUrl() + "/?saved-query=" + id);

        BrowserContext teammate = Browsers.chromium().newContext();
        try {
            Page theirs = teammate.newPage();
            theirs.navigate(link);
            assertThat(theirs).hasURL(baseUrl() + "/login");
            Browsers.submitLogin(theirs);

            LibraryPage opened = new LibraryPage(theirs);
            assertThat(opened.tabs(name, "shop")).hasCount(1);
            opened.awaitQueryTool();
            assertThat(opened.editor()).containsText("select 'linked' as " + marker);
            // The address is clean again: a reload does not open a second tab.
            assertThat(theirs).hasURL(baseUrl() + "/");
        } finally {
            teammate.close();
        }
    }

    @Test
    void aLinkToADeletedQuerySaysSoAndOpensNoTab() {
        String name = "Deleted " + marker;
        String id = LibraryPage.saveThroughApi(loggedIn(), name, "shop", "select 'gone'");
        String link = library.select(marker).getByTestId("library-link").inputValue();
        Client client = loggedIn();
        assertThat(client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/saved-queries/" + id)))
                                .DELETE())
                        .status())
                .isEqualTo(204);

        page.navigate(link);
        assertThat(page.getByTestId("link-notice")).containsText("not in the library: it was deleted");
        assertThat(new LibraryPage(page).tabs(name, "shop")).hasCount(0);
        page.getByTestId("link-notice").getByLabel("Dismiss").click();
        assertThat(page.getByTestId("link-notice")).hasCount(0);
    }

    @Test
    void theLibraryIsExportedAsOneFileAndImportedBack() throws Exception {
        Client client = loggedIn();
        String name = "Carried " + marker;
        String id = LibraryPage.saveThroughApi(client, name, "shop", "select 'carried'");

        page.getByTestId("open-library").click();
        Download download =
                page.waitForDownload(() -> page.getByTestId("library-export").click());
        assertThat(download.suggestedFilename()).isEqualTo("pgdeck-library.json");
        Path file = Files.createTempFile("pgdeck-library-", ".json");
        download.saveAs(file);
        assertThat(Files.readString(file)).contains(id, "select 'carried'");

        assertThat(client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/saved-queries/" + id)))
                                .DELETE())
                        .status())
                .isEqualTo(204);
        page.getByTestId("library-search").fill(marker);
        assertThat(page.getByTestId("library-item")).hasCount(0);

        page.getByTestId("library-import").setInputFiles(file);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Imported")))
                .containsText("1 new");
        assertThat(page.getByTestId("library-item")).hasCount(1);
        assertThat(page.getByTestId("library-item")).containsText(name);
        Files.deleteIfExists(file);
    }
}
