import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid in headless Chromium (bench/grid-bench.sh runs it; not part of the tests): in the Query Tool and in View/Edit
 * Data, over 1,000,000 rows, the time from Ctrl+End to the last row shown, and the frame times while the grid scrolls
 * (a wheel turn each frame, down through the rows). Prints one line a figure: {@code name value}.
 *
 * <p>Usage: java -cp PLAYWRIGHT_JARS bench/GridBench.java BASE PASSWORD_FILE DATABASE SCHEMA.TABLE RUNS
 */
final class GridBench {

    private static final long TIMEOUT_MS = 30_000;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = Files.readString(Path.of(args[1])).trim();
        String database = args[2];
        String[] table = args[3].split("\\.");
        int runs = Integer.parseInt(args[4]);
        String chromium = System.getenv().getOrDefault("PGDECK_CHROMIUM", "/usr/bin/chromium");
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(chromium))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
            List<Double> query = new ArrayList<>();
            List<Double> idle = new ArrayList<>();
            List<Double> frames = new ArrayList<>();
            List<Double> data = new ArrayList<>();
            List<Double> dataFrames = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                    Page page = context.newPage();
                    page.setDefaultTimeout(TIMEOUT_MS);
                    logIn(page, base, password);
                    openQueryTool(page, database);
                    query.add(ctrlEndInQueryTool(page));
                    idle.addAll(frames(page.getByTestId("result-grid"), false));
                    frames.addAll(frames(page.getByTestId("result-grid"), true));
                    openTable(page, database, table[0], table[1]);
                    data.add(ctrlEndInData(page));
                    dataFrames.addAll(frames(page.locator(".tab-panel:visible").getByTestId("data-grid"), true));
                }
            }
            print("idle_frame_median_ms", median(idle));
            print("query_ctrl_end_ms", median(query));
            print("query_frame_median_ms", median(frames));
            print("query_frame_p95_ms", percentile(frames, 95));
            print("data_ctrl_end_ms", median(data));
            print("data_frame_median_ms", median(dataFrames));
            print("data_frame_p95_ms", percentile(dataFrames, 95));
            browser.close();
        }
    }

    private static void logIn(Page page, String base, String password) {
        page.navigate(base + "/login");
        page.getByLabel("Username").fill("team");
        page.getByLabel("Password").fill(password);
        if (page.locator("input[name=consent]").count() > 0) {
            page.locator("input[name=consent]").check();
        }
        page.locator("button[type=submit]").click();
        page.waitForURL(base + "/");
    }

    private static void openQueryTool(Page page, String database) {
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption(database);
        page.getByTestId("new-query-open").click();
        page.waitForCondition(() -> page.getByTestId("run-all").isEnabled());
        page.locator(".tab-panel:visible .cm-content").click();
        page.keyboard().insertText("SELECT g AS n FROM generate_series(1, 1000000) g");
        page.keyboard().press("F5");
    }

    /** Ctrl+End from the first cell to the 1,000,000th row shown, in ms: the result is read to its end on the way. */
    private static double ctrlEndInQueryTool(Page page) {
        Locator grid = page.locator(".tab-panel:visible").getByTestId("result-grid");
        grid.locator("[data-row='1'] [role=gridcell]").first().click();
        long started = System.nanoTime();
        page.keyboard().press("ControlOrMeta+End");
        waitForText(grid.locator("[data-row='1000000'] [role=gridcell]").first(), "1000000");
        return (System.nanoTime() - started) / 1e6;
    }

    private static void openTable(Page page, String database, String schema, String relation) {
        page.getByTestId("open-table").click();
        page.getByTestId("open-table-database").selectOption(database);
        page.getByTestId("open-table-schema").selectOption(schema);
        page.getByTestId("open-table-search").fill(relation);
        page.getByTestId("open-table-item")
                .filter(new Locator.FilterOptions().setHasText(relation))
                .first()
                .click();
    }

    /** Ctrl+End from the first cell to the last row shown, in ms: its page is read by offset at once. */
    private static double ctrlEndInData(Page page) {
        Locator grid = page.locator(".tab-panel:visible").getByTestId("data-grid");
        Locator first = grid.locator("[aria-rowindex='2'] [role=gridcell]").first();
        first.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        first.click();
        long started = System.nanoTime();
        page.keyboard().press("ControlOrMeta+End");
        waitForText(grid.locator("[aria-rowindex='1000001'] [role=gridcell]").first(), "1000000");
        return (System.nanoTime() - started) / 1e6;
    }

    private static void waitForText(Locator locator, String text) {
        long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (locator.count() > 0 && locator.textContent().trim().equals(text)) return;
            locator.page().waitForTimeout(5);
        }
        locator.page().screenshot(new Page.ScreenshotOptions().setPath(Path.of("grid-bench-failure.png")));
        throw new IllegalStateException("not shown in time: " + text + " (see grid-bench-failure.png)");
    }

    /**
     * The time between frames, in ms, while the page scrolls the grid's rows up from the end, one wheel step of 600
     * pixels a frame for 240 frames (about 6,000 rows): what a person flicking through the rows sees. Without
     * scrolling, the same frames give the browser's own pace here, to read the figure against.
     */
    @SuppressWarnings("unchecked")
    private static List<Double> frames(Locator grid, boolean scroll) {
        Object times = grid.evaluate(
                """
                (grid, scroll) => new Promise(done => {
                  // The element whose rows scroll: the grid's body (or the grid itself, as a plain grid has it).
                  const body = grid.querySelector('.ag-grid-viewport') ?? grid;
                  const times = [];
                  let last = performance.now();
                  let frame = 0;
                  const step = now => {
                    times.push(now - last);
                    last = now;
                    if (scroll) body.scrollTop -= 600;
                    if (++frame < 240) requestAnimationFrame(step); else done(times.slice(1));
                  };
                  requestAnimationFrame(step);
                })
                """,
                scroll);
        List<Double> result = new ArrayList<>();
        for (Object time : (List<Object>) times) result.add(((Number) time).doubleValue());
        return result;
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void print(String name, double value) {
        System.out.printf("%s %.1f%n", name, value);
    }
}
