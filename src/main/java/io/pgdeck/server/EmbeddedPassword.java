package io.pgdeck.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's password: generated at the first start, kept in a 0600 file in the state directory and read
 * again at every start. Its roles log in with it (scram-sha-256); no local account connects without it.
 */
final class EmbeddedPassword {

    static final String FILE = "embedded-postgres.password";

    /** Local sockets and the loopback both ask for the password; nothing else is listened to. */
    static final String PG_HBA = """
            # Written by pgdeck: every connection to the embedded server proves the generated password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private EmbeddedPassword() {}

    static String readOrCreate(Path stateDirectory) {
        Path file = stateDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(stateDirectory);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded server's password in " + file, e);
        }
    }

    /** Replaces a trusting pg_hba.conf (every data directory initdb made, and older pgdeck's); true if it changed. */
    static boolean requirePassword(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba).equals(PG_HBA)) {
                return false;
            }
            Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hba, e);
        }
    }
}
