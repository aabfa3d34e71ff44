package io.pgdeck.account;

import io.pgdeck.deployment.InvalidSettingException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The deployment's one account. Its password is configured (as a hash or in clear), or generated at first start:
 * printed once, and only its hash kept in the state store.
 */
@Component
final class TeamAccount {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final String username;
    private final String passwordHash;
    private final PasswordEncoder encoder;
    private final String generatedPassword;

    TeamAccount(AccountProperties properties, JdbcClient state) {
        this.username = properties.username();
        if (notBlank(properties.passwordHash())) {
            this.passwordHash = properties.passwordHash().strip();
            this.encoder = encoderFor(passwordHash);
            this.generatedPassword = null;
        } else if (notBlank(properties.password())) {
            this.encoder = new BCryptPasswordEncoder(12);
            this.passwordHash = encoder.encode(properties.password());
            this.generatedPassword = null;
        } else {
            this.encoder = new BCryptPasswordEncoder(12);
            Optional<String> stored = state.sql("SELECT password_hash FROM team_account WHERE id = 1")
                    .query(String.class)
                    .optional();
            if (stored.isPresent()) {
                this.passwordHash = stored.get();
                this.generatedPassword = null;
            } else {
                this.generatedPassword = generate();
                this.passwordHash = encoder.encode(generatedPassword);
                state.sql("INSERT INTO team_account (id, password_hash, created_at) VALUES (1, ?, ?)")
                        .params(passwordHash, Instant.now().toString())
                        .update();
            }
        }
    }

    String username() {
        return username;
    }

    boolean matches(String candidateUsername, String candidatePassword) {
        // Always pay for the hash check so a wrong username answers as slowly as a wrong password.
        boolean passwordMatches = candidatePassword != null && encoder.matches(candidatePassword, passwordHash);
        return passwordMatches && username.equals(candidateUsername);
    }

    /** The password generated at this start, to be printed once; empty on every later start. */
    Optional<String> generatedPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    private static PasswordEncoder encoderFor(String hash) {
        if (hash.startsWith("$argon2")) {
            return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        }
        if (hash.startsWith("$2a$") || hash.startsWith("$2b$") || hash.startsWith("$2y$")) {
            return new BCryptPasswordEncoder();
        }
        throw new InvalidSettingException(
                "pgdeck.account.password-hash",
                "is neither a bcrypt ($2a$/$2b$/$2y$) nor an argon2 ($argon2id$) hash",
                "give the hash itself, e.g. from `htpasswd -bnBC 12 \"\" secret | tr -d ':\\n'`");
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
