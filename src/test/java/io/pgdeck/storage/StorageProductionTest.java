package io.pgdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import org.junit.jupiter.api.Test;

/**
 * Production forbids writes to the database, backups and restores, but storage is pgdeck's own area: the team may
 * still fetch what it needs and bring files in (e.g. a dump to inspect), so the Storage Manager works there too.
 */
class StorageProductionTest extends ProductionTest {

    @Test
    void listsUploadsDownloadsAndDeletesInProduction() {
        Client client = loggedIn();

        assertThat(client.get("/api/v1/files").status()).isEqualTo(200);
        assertThat(StorageRequests.put(client, "prod-notes.txt", StorageRequests.bytes("read-only db"))
                        .status())
                .isEqualTo(201);
        assertThat(StorageRequests.list(client, "").json().get("entries").findValuesAsString("name"))
                .contains("prod-notes.txt");
        assertThat(client.get("/api/v1/files/content?path=prod-notes.txt").body())
                .isEqualTo("read-only db");
        assertThat(StorageRequests.delete(client, "prod-notes.txt", false).status())
                .isEqualTo(204);
    }
}
