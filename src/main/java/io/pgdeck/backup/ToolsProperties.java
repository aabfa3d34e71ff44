package io.pgdeck.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where to look first for pg_dump, pg_restore and psql; PATH and the usual install folders come after it. */
@ConfigurationProperties("pgdeck.tools")
public record ToolsProperties(Path dir) {}
