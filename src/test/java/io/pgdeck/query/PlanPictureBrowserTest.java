package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * EXPLAIN ANALYZE of a join drawn as a picture, in headless Chromium: a join of two tables whose statistics say the
 * orders wanted are one row when they are 20,000.
 */
class PlanPictureBrowserTest extends SingleTenantTest {

    /*
     * Temporary tables of the Query Tool's own session: real heap tables that autovacuum never re-analyses, so the
     * statistics taken before the 'shipped' orders arrived stay as wrong as the test needs, and nothing is left in the
     * shared database for other tests to see.
     */
    private static final String TABLES = """
            CREATE TEMP TABLE plan_customers (id int PRIMARY KEY, name text NOT NULL);
            INSERT INTO plan_customers SELECT g, 'customer ' || g FROM generate_series(1, 2000) g;
            CREATE TEMP TABLE plan_orders (id int PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL);
            INSERT INTO plan_orders SELECT g, 1 + g % 2000, 'new' FROM generate_series(1, 200) g;
            ANALYZE plan_customers;
            ANALYZE plan_orders;
            INSERT INTO plan_orders SELECT g, 1 + g % 2000, 'shipped' FROM generate_series(201, 20200) g""";

    private static final String JOIN = """
            SELECT c.name, count(*) FROM plan_orders o JOIN plan_customers c ON c.id = o.customer_id
            WHERE o.status = 'shipped' GROUP BY c.name""";

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    QuerySessions sessions;

    private BrowserContext context;
    private Page page;
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void explainTheJoin() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        page.setViewportSize(1400, 900);
        page.onRequest(request -> requests.add(request.url()));
        Browsers.logIn(page, baseUrl());
        QueryToolDriver query = QueryToolDriver.open(page, "shop");
        query.run(TABLES);
        assertThat(page.getByTestId("messages")).containsText("20,000 rows affected", SOON);

        query.type(JOIN);
        page.locator(".cm-content").press("Escape");
        page.locator(".query-toolbar__options summary").click();
        page.getByLabel("BUFFERS").check();
        page.locator(".query-toolbar__options summary").click();
        page.getByTestId("explain-analyze").click();
        assertThat(page.getByTestId("plan-picture")).isVisible();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        sessions.closeIdle(Duration.ZERO);
    }

    private Locator boxes() {
        return page.getByTestId("plan-node");
    }

    /** The box whose operation starts with {@code operation} ("Sort", not "Aggregate (Sorted)"). */
    private Locator box(String operation) {
        return boxes().filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + operation)));
    }

    @Test
    void drawsABoxPerNodeMarksTheCostliestAndTheMisestimateAndShowsDetailsOnHover() {
        // One box per node of PostgreSQL's own text plan: the root and one per "->".
        String text = page.getByTestId("plan-text").textContent();
        assertThat(boxes()).hasCount(text.split("->", -1).length);
        assertThat(boxes().getByTestId("plan-node-op"))
                .containsText(new String[] {"Aggregate", "Sort", "Nested Loop", "Seq Scan", "Index Scan"});
        assertThat(box("Seq Scan")).containsText("on plan_orders o");
        assertThat(box("Index Scan")).containsText("on plan_customers c using plan_customers_pkey");
        assertThat(page.getByTestId("plan-edge")).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "plan-picture.png")));

        // The costliest box is the one showing the largest own share.
        assertThat(page.getByTestId("plan-costliest")).hasCount(1);
        Locator costliest = boxes().filter(new Locator.FilterOptions().setHas(page.getByTestId("plan-costliest")));
        double top = share(costliest);
        for (Locator node : boxes().all()) {
            assertThat(share(node)).isLessThanOrEqualTo(top);
        }

        // The scan the planner thought would find about one row found 20,000.
        assertThat(box("Seq Scan").getByTestId("plan-misestimate")).containsText("under-estimated");
        assertThat(box("Index Scan").getByTestId("plan-misestimate")).hasCount(0);

        Locator details = page.getByTestId("plan-details");
        assertThat(details).hasCount(0);
        box("Index Scan").hover();
        assertThat(details).isVisible();
        assertThat(details).containsText("Loops20,000");
        // Temporary tables are read through the session's local buffers.
        assertThat(details).containsText(Pattern.compile("Local buffershit [1-9]"));
        assertThat(details).containsText("Index Cond(id = o.customer_id)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "plan-details.png")));
        assertThat(requests).allMatch(url -> url.startsWith(baseUrl()));
    }

    @Test
    void zoomsAndPansAndKeepsTheTextPlanOneClickAway() {
        Locator layer = page.getByTestId("plan-layer");
        double fitted = scale(layer);
        double width = box("Sort").boundingBox().width;

        page.getByTestId("plan-zoom-in").click();
        assertThat(scale(layer)).isGreaterThan(fitted);
        assertThat(box("Sort").boundingBox().width).isGreaterThan(width);
        assertThat(page.getByTestId("plan-zoom")).hasText(Math.round(scale(layer) * 100) + "%");

        BoundingBox viewport = page.getByTestId("plan-picture").boundingBox();
        double zoomed = scale(layer);
        page.mouse().move(viewport.x + 20, viewport.y + 20);
        page.keyboard().down("Control");
        page.mouse().wheel(0, 200);
        page.keyboard().up("Control");
        assertThat(scale(layer)).isLessThan(zoomed);

        page.getByTestId("plan-fit").click();
        assertThat(scale(layer)).isEqualTo(fitted);

        // Dragging the background, then the arrow keys on a focused box, move the picture.
        double x = box("Sort").boundingBox().x;
        page.mouse().move(viewport.x + 10, viewport.y + viewport.height - 10);
        page.mouse().down();
        page.mouse().move(viewport.x + 110, viewport.y + viewport.height - 10, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(box("Sort").boundingBox().x).isCloseTo(x + 100, offset(1.0));
        page.mouse().move(0, 0);
        box("Sort").focus();
        assertThat(page.getByTestId("plan-details")).containsText("Sort Key");
        page.keyboard().press("ArrowLeft");
        assertThat(box("Sort").boundingBox().x).isGreaterThan(x + 100);

        // The text plan is beside the picture; the JSON one click away, and the text back with another.
        assertThat(page.getByTestId("plan-text")).containsText("Nested Loop");
        page.getByTestId("plan-raw-json").click();
        assertThat(page.getByTestId("plan-json")).containsText("\"Node Type\": \"Nested Loop\"");
        page.getByTestId("plan-raw-text").click();
        assertThat(page.getByTestId("plan-text")).containsText("Index Scan on plan_customers");
    }

    private static double scale(Locator layer) {
        return Double.parseDouble(layer.getAttribute("data-scale"));
    }

    private static double share(Locator box) {
        return Double.parseDouble(box.locator(".plan-box__share").textContent().replace("%", ""));
    }
}
