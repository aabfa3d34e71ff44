package io.pgdeck.data;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The data API as a logged-in team member of the single-tenant deployment, over the data_fixture schema. */
abstract class DataApiTest extends SingleTenantTest {

    protected Client client;

    @BeforeAll
    static void fixture() {
        DataFixture.create();
    }

    @BeforeEach
    void logIn() {
        client = loggedIn();
    }
}
