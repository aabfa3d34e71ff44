package io.pgdeck.account;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pgdeck.identity.*}: the header in which the platform's SSO proxy names the person behind the team account, the
 * proxy addresses allowed to set it, and whether a request without it is refused.
 */
@ConfigurationProperties("pgdeck.identity")
record IdentityProperties(
        String header,
        List<String> trustedProxies,
        @DefaultValue("false") boolean required) {

    IdentityProperties {
        header = header == null || header.isBlank() ? null : header.strip();
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
