package io.pgdeck.state;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * pgdeck's own state lives in SQLite under {@code pgdeck.state.dir}, never in a managed database. This is the only
 * Spring {@link DataSource}; Flyway migrates it at start.
 */
@Configuration(proxyBeanMethods = false)
class StateStoreConfiguration {

    @Bean
    DataSource stateDataSource(StateProperties state) {
        Path file = createDirectory(state.dir()).resolve("pgdeck.db");
        HikariConfig config = new HikariConfig();
        config.setPoolName("pgdeck-state");
        // WAL lets readers proceed while a writer commits; busy_timeout makes writers queue instead of failing.
        config.setJdbcUrl("jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=on");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static Path createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create pgdeck.state.dir " + dir, e);
        }
    }
}
