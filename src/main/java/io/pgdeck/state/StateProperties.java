package io.pgdeck.state;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where pgdeck keeps its own state: SQLite under {@code dir} by default, or an external PostgreSQL ({@code url}) that
 * replicas share. {@code dir} also holds the job logs and, for the embedded default, the server's data.
 */
@ConfigurationProperties("pgdeck.state")
public record StateProperties(
        @DefaultValue("./pgdeck-data") Path dir, String url, String username, String password, Path passwordFile) {

    /** Whether the state lives in a PostgreSQL that several replicas may share. */
    public boolean isShared() {
        return url != null && !url.isBlank();
    }
}
