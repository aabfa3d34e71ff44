package io.pgdeck.account;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.ImpactLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The notice the login page shows and the login requires accepted, if this deployment has one. */
@Component
final class ConsentNotice {

    private final String text;

    ConsentNotice(ConsentProperties properties, DeploymentSettings deployment) {
        if (properties.text() != null) {
            this.text = properties.text().isBlank() ? null : properties.text().strip();
        } else {
            this.text = deployment.impactLevel() == ImpactLevel.IL2 ? null : standardDodNotice();
        }
    }

    Optional<String> text() {
        return Optional.ofNullable(text);
    }

    private static String standardDodNotice() {
        try (var in = ConsentNotice.class.getResourceAsStream("consent-dod.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
