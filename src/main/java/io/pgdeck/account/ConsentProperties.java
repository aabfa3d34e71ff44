package io.pgdeck.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pgdeck.consent.text}: the notice-and-consent text shown before login. Unset: the standard DoD notice at IL4
 * and IL5, none at IL2. Set to empty: none at any level.
 */
@ConfigurationProperties("pgdeck.consent")
record ConsentProperties(String text) {}
