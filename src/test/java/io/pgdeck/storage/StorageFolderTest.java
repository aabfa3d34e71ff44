package io.pgdeck.storage;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A logged-in client and a fresh folder of the storage area for each test, removed afterwards, so tests sharing the
 * area never see each other's files. Same Spring context as every {@link SingleTenantTest}.
 */
abstract class StorageFolderTest extends SingleTenantTest {

    @Autowired
    protected StorageArea area;

    protected Client client;
    /** The test's folder on disk and its path as the API names it. */
    protected Path folder;

    protected String name;

    @BeforeEach
    void openFreshFolder() {
        client = loggedIn();
        folder = StorageRequests.freshFolder(area);
        name = folder.getFileName().toString();
    }

    @AfterEach
    void removeFolder() {
        StorageRequests.deleteTree(folder);
    }
}
