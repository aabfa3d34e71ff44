package io.pgdeck.provision;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The two secrets of a deployment: the password of the database role pgdeck connects as, and the bcrypt hash of the
 * team's pgdeck password. {@code teamPassword} is set only when provision made a new one, to show it once.
 */
record Credentials(String rolePassword, String accountHash, String teamPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();
    // Letters and digits only: safe unquoted in an env file, a YAML string and a connection string.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static String generate(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    Credentials withRolePassword(String password) {
        return new Credentials(password, accountHash, teamPassword);
    }

    /** A new team password, kept here in clear only until it has been shown or written once. */
    Credentials withNewTeamPassword() {
        String password = generate(24);
        return new Credentials(rolePassword, new BCryptPasswordEncoder(12).encode(password), password);
    }
}
