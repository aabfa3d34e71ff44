package io.pgdeck.state;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where pgdeck keeps its own state: the SQLite database and, for the embedded default, the server's data. */
@ConfigurationProperties("pgdeck.state")
public record StateProperties(@DefaultValue("./pgdeck-data") Path dir) {}
