package io.pgdeck.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SQL of an archive's privilege entries, as pg_restore writes it, so each entry is judged on its GRANTs. */
final class PrivilegeStatements {

    private PrivilegeStatements() {}

    static Map<Integer, String> read(
            PostgresTool pgRestore, Path work, String file, Path archive, List<TocEntry> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        Path list = work.resolve("privileges-" + UUID.randomUUID() + ".list");
        try {
            Files.createDirectories(work);
            StringBuilder lines = new StringBuilder();
            entries.forEach(entry -> lines.append(entry.line()).append('\n'));
            Files.writeString(list, lines, StandardCharsets.UTF_8);
            ToolOutput script = ToolOutput.run(List.of(
                    pgRestore.path().toString(), "--file=-", "--verbose", "--use-list=" + list, archive.toString()));
            if (!script.succeeded()) {
                throw new NotRestorableException(
                        file, "pg_restore cannot read its privileges (" + script.messages() + ").");
            }
            return ArchiveAnalyzer.byEntry(script.stdout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(list);
            } catch (IOException ignored) {
                // Left in pgdeck's own work folder; harmless.
            }
        }
    }
}
