package io.pgdeck.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staging, single-tenant, as the server's superuser. Subclasses share one Spring context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SingleTenantTest extends WebTest {

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        Deployments.singleTenant(registry);
    }
}
