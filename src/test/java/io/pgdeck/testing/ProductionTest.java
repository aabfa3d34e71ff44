package io.pgdeck.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production: a read-only role in the team's database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProductionTest extends WebTest {

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        Deployments.production(registry);
    }
}
