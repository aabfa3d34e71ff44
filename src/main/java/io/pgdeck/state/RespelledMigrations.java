package io.pgdeck.state;

import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the state store. Two early migrations were respelled (an id column's type became a placeholder so the same
 * file serves SQLite and PostgreSQL) without changing what they make: a state store made before that has their old
 * checksums, which are brought up to date rather than refused. Any other mismatch still stops the start.
 */
@Component
final class RespelledMigrations implements FlywayMigrationStrategy {

    static final Set<String> RESPELLED = Set.of("2", "5");
    private static final Logger log = LoggerFactory.getLogger(RespelledMigrations.class);

    @Override
    public void migrate(Flyway flyway) {
        boolean respelled =
                flyway.validateWithResult().invalidMigrations.stream().anyMatch(RespelledMigrations::isRespelled);
        if (respelled) {
            log.info("Updating the recorded checksums of respelled state migrations {}", RESPELLED);
            flyway.repair();
        }
        flyway.migrate();
    }

    private static boolean isRespelled(ValidateOutput invalid) {
        return RESPELLED.contains(invalid.version)
                && invalid.errorDetails != null
                && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH;
    }
}
