package io.pgdeck.server;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL binaries bundled with pgdeck (Maven Central's build), unpacked once into the temporary directory where
 * any account may read and run them: the server they start may run as another account than pgdeck's.
 */
final class PostgresBinaries {

    private static final String ARCHIVE_SYSTEM = "Linux";
    private static final String ARCHIVE_MACHINE = "x86_64";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {}

    /** The directory holding {@code bin/}, unpacked at the first call on this machine. */
    static Path unpacked() {
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "pgdeck-postgres-" + bundledVersion());
        if (Files.isExecutable(home.resolve("bin").resolve("postgres"))) {
            return home;
        }
        try {
            // Unpacked beside its place and renamed into it, so a concurrent start never sees half the files.
            Path partial = Files.createTempDirectory(home.getParent(), "pgdeck-postgres-unpacking-");
            try (InputStream archive =
                    DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(ARCHIVE_SYSTEM, ARCHIVE_MACHINE)) {
                unpack(archive, partial);
                Files.setPosixFilePermissions(partial, readableByAll(true));
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                FileSystemUtils.deleteRecursively(partial);
                if (!Files.isExecutable(home.resolve("bin").resolve("postgres"))) {
                    throw e;
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled PostgreSQL into " + home, e);
        }
    }

    /** Names the archive by where it is read from, which names its version (the binaries' jar). */
    private static String bundledVersion() {
        URL archive = DefaultPostgresBinaryResolver.class.getResource("/" + ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("the bundled PostgreSQL (" + ARCHIVE + ") is not on the class path");
        }
        return Integer.toHexString(archive.toString().hashCode());
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("the bundled archive names a path outside it: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, readableByAll((entry.getMode() & 0100) != 0));
                }
            }
        }
        try (var paths = Files.walk(target)) {
            for (Path directory : paths.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(directory, readableByAll(true));
            }
        }
    }

    private static Set<PosixFilePermission> readableByAll(boolean executable) {
        Set<PosixFilePermission> permissions = EnumSet.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
        if (executable) {
            permissions.addAll(EnumSet.of(
                    PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }
}
