package io.pgdeck.account;

import io.pgdeck.audit.Audit;
import io.pgdeck.deployment.InvalidSettingException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Places the identity filter before Spring Security (so a login already knows who is behind it) and the session limits
 * right after it (so they see the logged-in user).
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** Spring Security's filter chain is registered at -100. */
    private static final int SECURITY_ORDER = -100;

    @Bean
    FilterRegistrationBean<IdentityFilter> identityFilter(IdentityProperties properties, Audit audit) {
        if (properties.required() && properties.header() == null) {
            throw new InvalidSettingException(
                    "pgdeck.identity.required",
                    "is true but pgdeck.identity.header names no header",
                    "set pgdeck.identity.header to the header the SSO proxy sends, e.g. X-Forwarded-Email");
        }
        if (properties.header() != null && properties.trustedProxies().isEmpty()) {
            throw new InvalidSettingException(
                    "pgdeck.identity.trusted-proxies",
                    "is empty, so no proxy may name the person in " + properties.header(),
                    "list the SSO proxy's addresses, e.g. 10.0.0.5");
        }
        FilterRegistrationBean<IdentityFilter> registration =
                new FilterRegistrationBean<>(new IdentityFilter(properties, audit));
        registration.setOrder(SECURITY_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionLimits> sessionLimits(SessionProperties properties, Audit audit) {
        FilterRegistrationBean<SessionLimits> registration =
                new FilterRegistrationBean<>(new SessionLimits(properties, audit));
        registration.setOrder(SECURITY_ORDER + 1);
        return registration;
    }
}
