package io.pgdeck.storage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.MouseButton;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TeamBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The Restore dialog takes a file dropped on it, and its file picker uploads one, into storage. */
class StorageFileFieldBrowserTest extends SingleTenantTest {

    @Autowired
    StorageArea storage;

    @RegisterExtension
    final TeamBrowser browser = TeamBrowser.loggedIn(this::baseUrl);

    private Page page;

    @BeforeEach
    void openRestoreDialog() {
        page = browser.page();
        for (String id : new String[] {"server/shop", "server/shop/schemas"}) {
            Locator node = page.getByTestId("tree-node-" + id);
            node.locator(".tree__twisty").click();
            assertThat(node).hasAttribute("aria-expanded", "true");
        }
        page.getByTestId("tree-node-server/shop/schemas/public")
                .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.getByTestId("menu-restore").click();
        assertThat(page.getByTestId("restore-dialog")).isVisible();
        // The file field appears once the deployment's restore options are read.
        assertThat(page.getByTestId("restore-file")).isVisible();
    }

    @Test
    void aFileDroppedOnTheDialogIsUploadedAndChosen() throws IOException {
        JSHandle transfer = page.evaluateHandle(
                "text => { const t = new DataTransfer();"
                        + " t.items.add(new File([text], 'dropped.sql', {type: 'application/sql'})); return t; }",
                "SELECT 1;\n");

        page.getByTestId("restore-dialog").dispatchEvent("drop", Map.of("dataTransfer", transfer));

        assertThat(page.getByTestId("restore-file")).hasValue("uploads/dropped.sql");
        assertThat(Files.readString(storage.resolve("uploads/dropped.sql"), StandardCharsets.UTF_8))
                .isEqualTo("SELECT 1;\n");
    }

    @Test
    void theFilePickerUploadsIntoTheFolderItShowsAndChoosesTheFile() throws IOException {
        Files.createDirectories(storage.resolve("picked"));
        page.getByTestId("restore-file").fill("picked/");
        page.getByTestId("restore-browse").click();
        page.getByTestId("file-picker-upload-input")
                .setInputFiles(new FilePayload(
                        "from-computer.sql", "application/sql", "SELECT 2;\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(page.getByTestId("restore-file")).hasValue("picked/from-computer.sql");
        assertThat(page.getByTestId("file-picker")).hasCount(0);
        assertThat(storage.resolve("picked/from-computer.sql")).exists();
    }
}
