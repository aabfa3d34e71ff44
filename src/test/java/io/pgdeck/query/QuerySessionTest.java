package io.pgdeck.query;

import io.pgdeck.testing.SingleTenantTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Tests of Query Tool sessions on the shop database, as a tab would open them. */
abstract class QuerySessionTest extends SingleTenantTest {

    @Autowired
    QuerySessions sessions;

    /** A new session, as a new Query Tool tab opens one. */
    SessionClient session() {
        return SessionClient.open(loggedIn(), "shop");
    }

    /** Tests share one server: the connections their sessions hold are given back after each. */
    @AfterEach
    void closeSessions() {
        sessions.closeIdle(Duration.ZERO);
    }
}
