package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** .sql files in storage opened, run, edited and saved from the Query Tool in headless Chromium. */
class SqlFilesBrowserTest extends SingleTenantTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    QuerySessions sessions;

    @Autowired
    StorageArea area;

    private final String folder = "sqlfiles-" + UUID.randomUUID().toString().substring(0, 8);
    private Client api;
    private BrowserContext context;
    private Page page;
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void logIn() {
        api = loggedIn();
        assertThat(api.send(api.withCsrf(HttpRequest.newBuilder(
                                        api.uri("/api/v1/files/directories?path=" + query(folder))))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(201);
        context = Browsers.chromium().newContext();
        page = context.newPage();
        // Leaving a tab with unsaved text asks through window.confirm: keep each question, answer "stay".
        page.onDialog(dialog -> {
            questions.add(dialog.message());
            dialog.dismiss();
        });
        Browsers.logIn(page, baseUrl());
    }

    @AfterEach
    void cleanUp() throws IOException {
        context.close();
        sessions.closeIdle(Duration.ZERO);
        try (Stream<Path> paths = Files.walk(area.root().resolve(folder))) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void opensAFileFromStorageRunsItAndSavesTheEditBackWithCtrlS() {
        put("report.sql", "SELECT 40 + 2 AS answer;\r\n".getBytes(StandardCharsets.UTF_8));
        openStorageFolder();
        storageRow("report.sql").getByTestId("entry-open-query").click();
        Locator choice = page.getByTestId("open-in-query-tool");
        choice.getByTestId("new-query-database").selectOption("shop");
        choice.getByTestId("new-query-open").click();

        assertThat(tab("report.sql · shop")).isVisible();
        assertThat(editor()).containsText("SELECT 40 + 2 AS answer;");
        Locator run = visible().getByTestId("run-all");
        assertThat(run).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(15_000));
        run.click();
        assertThat(visible().getByTestId("result-grid").locator("[data-row='1']"))
                .containsText("42", SOON);

        append("\nSELECT 'saved' AS state;");
        assertThat(tab("report.sql · shop •")).isVisible();
        page.keyboard().press("ControlOrMeta+s");

        assertThat(tab("report.sql · shop")).isVisible();
        // The file had Windows line endings: the saved file keeps them.
        assertThat(content("report.sql")).isEqualTo("SELECT 40 + 2 AS answer;\r\nSELECT 'saved' AS state;");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close report.sql · shop"))
                .click();
        assertThat(tab("report.sql · shop")).hasCount(0);
        assertThat(questions).as("a saved tab closes without asking").isEmpty();
    }

    @Test
    void savesAsANewFileAsksBeforeReplacingOneAndOpensAnotherFromTheToolbar() {
        put("other.sql", "SELECT 'other' AS source;".getBytes(StandardCharsets.UTF_8));
        openNewQuery();
        type("SELECT 1 AS one;");

        saveAs("copy.sql");
        assertThat(tab("copy.sql · shop")).isVisible();
        assertThat(content("copy.sql")).isEqualTo("SELECT 1 AS one;");

        type("SELECT 2 AS two;");
        // Save as… starts beside the tab's file, under its name.
        Locator picker = saveAsPicker();
        assertThat(picker.getByTestId("file-picker-breadcrumbs")).containsText(folder);
        assertThat(picker.getByTestId("file-picker-name")).hasValue("copy.sql");
        picker.getByTestId("file-picker-pick").click();
        Locator replace = page.getByTestId("confirm-dialog");
        assertThat(replace).containsText("copy.sql already exists. Replace it with this SQL?");
        assertThat(content("copy.sql")).isEqualTo("SELECT 1 AS one;");
        replace.getByTestId("confirm-ok").click();
        assertThat(tab("copy.sql · shop")).isVisible();
        assertThat(content("copy.sql")).isEqualTo("SELECT 2 AS two;");

        type("SELECT 3 AS three;");
        pickToOpen("other.sql");
        Locator discard = page.getByTestId("confirm-dialog");
        assertThat(discard).containsText("This tab has SQL that is not saved. Replace it with other.sql?");
        discard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(editor()).containsText("SELECT 3 AS three;");
        assertThat(tab("copy.sql · shop •")).isVisible();

        pickToOpen("other.sql");
        page.getByTestId("confirm-dialog").getByTestId("confirm-ok").click();
        assertThat(editor()).containsText("SELECT 'other' AS source;");
        assertThat(tab("other.sql · shop")).isVisible();

        openStorageFolder();
        assertThat(storageRow("copy.sql")).isVisible();
    }

    @Test
    void refusesFilesItCannotEditAndAPathTheServerRefusesKeepingTheText() {
        byte[] big = "SELECT 1;\n".repeat(550_000).getBytes(StandardCharsets.UTF_8);
        put("big.sql", big);
        put("latin1.sql", new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xe9, '\''});
        openNewQuery();
        type("SELECT 'keep me';");

        pickToOpen("big.sql");
        assertThat(failure()).containsText("big.sql is 5.3 MB: the editor opens files up to 5 MB.");
        assertThat(editor()).containsText("SELECT 'keep me';");

        pickToOpen("latin1.sql");
        assertThat(failure()).containsText("latin1.sql is not UTF-8 text");
        assertThat(editor()).containsText("SELECT 'keep me';");

        saveAs(".upload-mine.part");
        assertThat(failure())
                .containsText("Could not save .upload-mine.part: Refused: names like .upload-….part are reserved");
        assertThat(failure()).containsText("Your SQL is still in the editor.");
        assertThat(editor()).containsText("SELECT 'keep me';");
        // Still not saved anywhere: the tab keeps its name and its mark.
        assertThat(page.getByRole(AriaRole.TABLIST, new Page.GetByRoleOptions().setName("Open tabs"))
                        .getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setSelected(true)))
                .hasText(Pattern.compile("^Query \\d+ · shop •$"));
    }

    private void openNewQuery() {
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption("shop");
        page.getByTestId("new-query-open").click();
        assertThat(visible().getByTestId("run-all"))
                .isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(15_000));
    }

    private void openStorageFolder() {
        page.getByTestId("open-storage").click();
        storageRow(folder).getByTestId("entry-open").click();
    }

    /** Save as… into the test's folder under {@code name}. */
    private void saveAs(String name) {
        Locator picker = saveAsPicker();
        enterFolder(picker);
        picker.getByTestId("file-picker-name").fill(name);
        picker.getByTestId("file-picker-pick").click();
    }

    private Locator saveAsPicker() {
        visible().getByTestId("file-save-as").click();
        return page.getByTestId("file-picker-dialog");
    }

    private void pickToOpen(String name) {
        visible().getByTestId("file-open").click();
        Locator picker = page.getByTestId("file-picker-dialog");
        enterFolder(picker);
        picker.locator("[data-testid=file-picker-entry][data-name='" + name + "']")
                .click();
        picker.getByTestId("file-picker-pick").click();
    }

    /** Goes into the test's folder unless the picker starts there (it does beside the tab's file). */
    private void enterFolder(Locator picker) {
        Locator current = picker.getByTestId("file-picker-breadcrumbs").locator("[aria-current=location]");
        if (!current.textContent().equals(folder)) {
            picker.locator("[data-testid=file-picker-entry][data-name='" + folder + "']")
                    .click();
        }
        assertThat(current).hasText(folder);
    }

    /** The selected tab's panel: other Query Tool tabs stay in the page, hidden. */
    private Locator visible() {
        return page.locator("[role=tabpanel]:not([hidden])");
    }

    private Locator editor() {
        return visible().locator(".cm-content");
    }

    private Locator failure() {
        return visible().locator(".query-tool__failure");
    }

    private Locator tab(String title) {
        return page.getByRole(
                AriaRole.TAB, new Page.GetByRoleOptions().setName(title).setExact(true));
    }

    private Locator storageRow(String name) {
        return page.locator("[data-testid=storage-entry][data-name='" + name + "']");
    }

    private void type(String sql) {
        editor().click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(sql);
    }

    private void append(String sql) {
        editor().click();
        page.keyboard().press("ControlOrMeta+End");
        page.keyboard().insertText(sql);
    }

    private void put(String name, byte[] body) {
        Client.Response response = api.send(api.withCsrf(
                        HttpRequest.newBuilder(api.uri("/api/v1/files/content?path=" + query(folder + "/" + name))))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(response.status()).isEqualTo(201);
    }

    private String content(String name) {
        Client.Response response = api.get("/api/v1/files/content?path=" + query(folder + "/" + name));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static String query(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
