package io.pgdeck.audit;

import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.WebTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sessions short enough to watch them end: idle after 20 s, at most 30 s. Subclasses share one Spring context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ShortSessionTest extends WebTest {

    static final int IDLE_SECONDS = 20;
    static final int MAX_AGE_SECONDS = 30;

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        Deployments.singleTenant(registry);
        registry.add("pgdeck.session.idle-timeout", () -> IDLE_SECONDS + "s");
        registry.add("pgdeck.session.max-age", () -> MAX_AGE_SECONDS + "s");
    }
}
