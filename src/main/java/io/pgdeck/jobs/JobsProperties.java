package io.pgdeck.jobs;

import io.pgdeck.deployment.InvalidSettingException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many jobs run at once (the others wait, queued) and how long a cancelled tool gets to stop before it is killed.
 */
@ConfigurationProperties("pgdeck.jobs")
public record JobsProperties(
        @DefaultValue("2") int maxConcurrent,
        @DefaultValue("5s") Duration cancelGrace) {

    public JobsProperties {
        if (maxConcurrent < 1) {
            throw new InvalidSettingException(
                    "pgdeck.jobs.max-concurrent", "is " + maxConcurrent, "set it to 1 or more (the default is 2)");
        }
    }
}
