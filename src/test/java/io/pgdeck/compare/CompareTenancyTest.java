package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A team snapshots and compares its own database; another team's is not there for it. */
class CompareTenancyTest extends MultiTenantTest {

    @Autowired
    StorageArea storage;

    @Test
    void theTeamsOwnSchemaIsSnapshottedAndCompared() {
        Client client = loggedIn();
        CompareRequests.save(client, storage, TestPostgres.TEAM_DATABASE, "app", "tenancy/app.json");

        Client.Response compared = CompareRequests.compare(
                client, TestPostgres.TEAM_DATABASE, "app", CompareRequests.request("tenancy/app.json", ""));

        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(compared.json().get("differences").size()).isZero();
    }

    @Test
    void anotherTeamsDatabaseIsNotFound() {
        Client client = loggedIn();
        CompareRequests.save(client, storage, TestPostgres.TEAM_DATABASE, "app", "tenancy/app.json");

        Client.Response snapshot = client.get("/api/v1/databases/team_beta/schemas/public/snapshot");
        Client.Response compared =
                CompareRequests.compare(client, "team_beta", "public", CompareRequests.request("tenancy/app.json", ""));

        for (Client.Response response : new Client.Response[] {snapshot, compared}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("detail").asString())
                    .isEqualTo("There is no database named 'team_beta' here.");
        }
    }
}
