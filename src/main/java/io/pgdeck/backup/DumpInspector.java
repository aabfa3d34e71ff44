package io.pgdeck.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is (custom, tar or directory archive, or a plain SQL script, gzipped or not) and whether an
 * archive is whole. {@code pg_restore -l} reads only an archive's table of contents, so a cut archive lists fine;
 * pgdeck also checks the last data block (custom), checks that each data file is there (directory) and walks a
 * tar's headers to its end marker. For a custom archive the last block is walked without decompressing it
 * ({@link CustomArchive}); pg_restore reads it only when the archive does not say where its blocks are.
 */
@Component
final class DumpInspector {

    /** What kind of dump a file is; {@code gzip} for a compressed plain script. */
    record Kind(DumpFormat format, boolean gzip) {}

    private static final byte[] CUSTOM_MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);
    private static final int TAR_BLOCK = 512;

    private final ServerTools tools;

    DumpInspector(ServerTools tools) {
        this.tools = tools;
    }

    Kind detect(String file, Path path) {
        if (Files.isDirectory(path)) {
            if (!Files.isRegularFile(path.resolve("toc.dat"))) {
                throw new NotRestorableException(
                        file, "it is a folder without toc.dat, so not a directory-format dump.");
            }
            return new Kind(DumpFormat.DIRECTORY, false);
        }
        byte[] head = head(path, 2 * TAR_BLOCK);
        if (head.length == 0) {
            throw new NotRestorableException(file, "the file is empty.");
        }
        if (startsWith(head, CUSTOM_MAGIC)) {
            return new Kind(DumpFormat.CUSTOM, false);
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            if (!new String(head, 0, 8, StandardCharsets.US_ASCII).startsWith("toc.dat")) {
                throw new NotRestorableException(
                        file, "it is a tar file, but not one pg_dump wrote (no toc.dat first).");
            }
            return new Kind(DumpFormat.TAR, false);
        }
        boolean gzip = head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        return new Kind(DumpFormat.PLAIN, gzip);
    }

    /** The archive's table of contents; a file pg_restore cannot read is not restorable. */
    ArchiveListing list(String file, Path archive) {
        List<String> argv =
                List.of(tools.require("pg_restore").path().toString(), "--list", "--create", archive.toString());
        ToolOutput listing = ToolOutput.run(argv);
        if (!listing.succeeded()) {
            throw new NotRestorableException(
                    file, "pg_restore cannot read it: it is truncated or damaged (" + listing.messages() + ").");
        }
        return ArchiveListing.parse(listing.stdout());
    }

    /** Fails when the archive was cut short: its last data block (or a data file) is missing or incomplete. */
    void requireComplete(String file, Path archive, DumpFormat format, ArchiveListing listing) {
        if (format == DumpFormat.TAR) {
            // The headers are walked to the end marker: a cut anywhere, data included, shows.
            requireTarEnd(file, archive);
            return;
        }
        if (format == DumpFormat.CUSTOM) {
            CustomArchive.Verdict verdict = CustomArchive.check(archive);
            if (verdict == CustomArchive.Verdict.TRUNCATED) {
                throw new NotRestorableException(
                        file, "it is truncated: its last data block ends past the end of" + " the file.");
            }
            if (verdict == CustomArchive.Verdict.WHOLE) {
                return;
            }
        }
        if (format == DumpFormat.DIRECTORY) {
            requireDataFiles(file, archive, listing);
        }
        List<TocEntry> data =
                listing.entries().stream().filter(TocEntry::hasDataBlock).toList();
        if (data.isEmpty()) {
            return;
        }
        TocEntry last = data.get(data.size() - 1);
        readEntry(file, archive, last);
    }

    /** Has pg_restore read one entry's data into nothing: it fails if the data is cut or missing. */
    private void readEntry(String file, Path archive, TocEntry entry) {
        Path list = null;
        try {
            list = Files.createTempFile("pgdeck-check-", ".list");
            Files.writeString(list, entry.line() + "\n", StandardCharsets.UTF_8);
            ToolOutput read = ToolOutput.run(List.of(
                    tools.require("pg_restore").path().toString(),
                    "--file=/dev/null",
                    "--use-list=" + list,
                    archive.toString()));
            if (!read.succeeded()) {
                throw new NotRestorableException(
                        file,
                        "it is truncated or damaged: its data cannot be read to the end (" + read.messages() + ").");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(list);
        }
    }

    /** pg_dump's tar ends with zero blocks after its last member; a cut file ends inside a member or before them. */
    private static void requireTarEnd(String file, Path archive) {
        try (RandomAccessFile tar = new RandomAccessFile(archive.toFile(), "r")) {
            long length = tar.length();
            long position = 0;
            byte[] header = new byte[TAR_BLOCK];
            while (position + TAR_BLOCK <= length) {
                tar.seek(position);
                tar.readFully(header);
                if (isZero(header)) {
                    return;
                }
                long size = Long.parseLong(
                        new String(header, 124, 12, StandardCharsets.US_ASCII)
                                .trim()
                                .replace("\0", ""),
                        8);
                position += TAR_BLOCK + (size + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK;
            }
            throw new NotRestorableException(file, "the tar archive is truncated: it ends inside a member.");
        } catch (NumberFormatException e) {
            throw new NotRestorableException(file, "the tar archive is damaged: a member header cannot be read.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireDataFiles(String file, Path folder, ArchiveListing listing) {
        List<String> missing = new ArrayList<>();
        for (TocEntry entry : listing.entries()) {
            if (entry.desc().equals("TABLE DATA")) {
                String name = entry.id() + ".dat";
                if (!Files.isRegularFile(folder.resolve(name)) && !Files.isRegularFile(folder.resolve(name + ".gz"))) {
                    missing.add(name);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new NotRestorableException(
                    file,
                    "the folder lacks data files " + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                            + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "") + ".");
        }
    }

    /** The file's bytes, decompressed when it is a gzipped script. */
    static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 256 * 1024);
        return gzip ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    private static byte[] head(Path file, int length) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary list in the system's temp folder.
            }
        }
    }
}
