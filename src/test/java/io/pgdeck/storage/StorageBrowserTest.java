package io.pgdeck.storage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The Storage Manager in headless Chromium, used as a team member would. */
class StorageBrowserTest extends SingleTenantTest {

    @Autowired
    StorageArea area;

    @RegisterExtension
    final TeamBrowser browser =
            TeamBrowser.loggedIn(this::baseUrl).with(new Browser.NewContextOptions().setAcceptDownloads(true));

    private Page page;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void openStorage() {
        page = browser.page();
        page.getByTestId("open-storage").click();
        assertThat(page.getByTestId("storage-retention")).containsText("Files older than 7 days are removed");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try (var entries = Files.list(area.root())) {
            entries.filter(path -> path.getFileName().toString().contains(suffix))
                    .forEach(StorageRequests::deleteTree);
        }
    }

    @Test
    void uploadsByDragAndDropDownloadsAndDeletes() throws IOException {
        String name = "résumé-" + suffix + ".sql";
        String content = "select 'dropped from the desktop';\n";

        dropFile(name, content);

        Locator row = entry(name);
        assertThat(row).isVisible();
        assertThat(page.locator("[data-testid=upload-item][data-name='" + name + "']"))
                .hasAttribute("data-status", "done");
        assertThat(Files.readString(area.root().resolve(name))).isEqualTo(content);

        Download download =
                page.waitForDownload(() -> row.getByTestId("entry-download").click());
        assertThat(download.suggestedFilename()).isEqualTo(name);
        assertThat(Files.readString(download.path(), StandardCharsets.UTF_8)).isEqualTo(content);

        row.getByTestId("entry-delete").click();
        Locator confirm = page.getByTestId("confirm-dialog");
        assertThat(confirm).containsText(name);
        confirm.getByTestId("confirm-ok").click();

        assertThat(row).hasCount(0);
        assertThat(area.root().resolve(name)).doesNotExist();
    }

    @Test
    void uploadsSeveralFilesWithThePickerIntoANewFolder() {
        String folder = "backups-" + suffix;
        page.getByTestId("storage-new-folder").click();
        page.getByTestId("name-input").fill(folder);
        page.getByTestId("name-ok").click();
        entry(folder).getByTestId("entry-open").click();
        assertThat(page.getByTestId("storage-empty")).isVisible();

        page.getByTestId("storage-file-input").setInputFiles(new FilePayload[] {
            new FilePayload("one.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)),
            new FilePayload("two.sql", "text/plain", "select 2;".getBytes(StandardCharsets.UTF_8))
        });

        assertThat(entry("one.csv")).isVisible();
        assertThat(entry("two.sql")).isVisible();
        assertThat(area.root().resolve(folder + "/two.sql")).hasContent("select 2;");

        page.getByTestId("storage-file-input")
                .setInputFiles(new FilePayload("two.sql", "text/plain", "select 22;".getBytes(StandardCharsets.UTF_8)));
        Locator again = page.locator("[data-testid=upload-item][data-status=exists]");
        assertThat(again).containsText("two.sql");
        assertThat(area.root().resolve(folder + "/two.sql")).hasContent("select 2;");
        again.getByTestId("upload-replace").click();
        assertThat(page.locator("[data-testid=upload-item][data-status=done]")).hasCount(3);
        assertThat(area.root().resolve(folder + "/two.sql")).hasContent("select 22;");
    }

    /** What the browser does when a file from the desktop is dropped on the list. */
    private void dropFile(String name, String content) {
        JSHandle files = page.evaluateHandle(
                "([name, content]) => { const data = new DataTransfer();"
                        + " data.items.add(new File([content], name, { type: 'text/plain' })); return data; }",
                List.of(name, content));
        Locator zone = page.getByTestId("storage-dropzone");
        for (String event : List.of("dragenter", "dragover", "drop")) {
            zone.dispatchEvent(event, Map.of("dataTransfer", files));
        }
    }

    private Locator entry(String name) {
        return page.locator("[data-testid=storage-entry][data-name='" + name + "']");
    }
}
