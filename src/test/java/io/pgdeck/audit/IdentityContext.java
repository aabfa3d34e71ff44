package io.pgdeck.audit;

import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.WebTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Single-tenant behind an SSO proxy at 127.0.0.1 that names the person in X-Forwarded-Email; one shared context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IdentityContext extends WebTest {

    public static final String HEADER = "X-Forwarded-Email";

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        Deployments.singleTenant(registry);
        registry.add("pgdeck.identity.header", () -> HEADER);
        // Only 127.0.0.1 is the proxy; 127.0.0.2 is another client on the same machine.
        registry.add("pgdeck.identity.trusted-proxies", () -> "127.0.0.1");
    }
}
