package io.pgdeck.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Storage Manager's area: where backups land and uploads wait to be restored. Files older than {@code maxAge}
 * are removed by a sweep; uploads that would take the area over {@code quota} are refused.
 */
@ConfigurationProperties("pgdeck.storage")
public record StorageProperties(
        @DefaultValue("./pgdeck-data/storage") Path dir,
        @DefaultValue("7d") Duration maxAge,
        @DefaultValue("10GB") DataSize quota) {}
