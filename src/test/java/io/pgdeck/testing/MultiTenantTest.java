package io.pgdeck.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staging, multi-tenant: a non-superuser team role in its one database on a shared server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class MultiTenantTest extends WebTest {

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        Deployments.multiTenant(registry);
    }
}
