package io.pgdeck.library;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.pgdeck.testing.Browsers;
import io.pgdeck.testing.SingleTenantTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A logged-in page of the single-tenant deployment (its shared context) and a marker that names this test's queries. */
abstract class LibraryBrowserSession extends SingleTenantTest {

    final String marker = "lib" + UUID.randomUUID().toString().substring(0, 8);
    BrowserContext context;
    Page page;
    LibraryPage library;

    @BeforeEach
    void logIn() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
        // A question the page asks (closing a tab with unsaved text) is answered no.
        page.onDialog(dialog -> dialog.dismiss());
        Browsers.logIn(page, baseUrl());
        library = new LibraryPage(page);
    }

    @AfterEach
    void close() {
        context.close();
    }
}
