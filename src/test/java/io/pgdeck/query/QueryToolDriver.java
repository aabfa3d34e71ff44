package io.pgdeck.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/** A Query Tool tab driven as a person would: opened for a database, a script typed and run with F5. */
public final class QueryToolDriver {

    private final Page page;

    private QueryToolDriver(Page page) {
        this.page = page;
    }

    /** Opens a new Query Tool tab on {@code database} and waits until it is connected (Run enabled). */
    public static QueryToolDriver open(Page page, String database) {
        page.getByTestId("new-query").click();
        page.getByTestId("new-query-database").selectOption(database);
        page.getByTestId("new-query-open").click();
        assertThat(page.getByTestId("run-all")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(15_000));
        return new QueryToolDriver(page);
    }

    /** Replaces the editor's text with {@code sql} (inserted, as brackets and quotes would be auto-closed if typed). */
    public void type(String sql) {
        page.locator(".cm-content").click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(sql);
    }

    public void run(String sql) {
        type(sql);
        page.keyboard().press("F5");
    }
}
