package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Snapshot and compare only read: production allows both, and the script is only text to take elsewhere. */
class CompareProductionTest extends ProductionTest {

    @Autowired
    StorageArea storage;

    @Test
    void productionTakesASnapshotAndComparesWithIt() {
        Client client = loggedIn();
        CompareRequests.save(client, storage, TestPostgres.PRODUCTION_DATABASE, "public", "prod/public.json");

        Client.Response compared = CompareRequests.compare(
                client,
                TestPostgres.PRODUCTION_DATABASE,
                "public",
                "{\"snapshot\":\"prod/public.json\",\"target\":\"snapshot\"}");

        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(compared.json().get("differences").size()).isZero();
    }
}
