package io.pgdeck.library;

import io.pgdeck.library.SavedQuery.Draft;
import io.pgdeck.library.SavedQuery.ImportReport;
import io.pgdeck.library.SavedQuery.Version;
import io.pgdeck.web.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The whole library as one file, so staging's library can be carried to production. An import merges by id: a new id
 * arrives with its history, a known id whose current text differs gets it as a new version, and nothing is removed.
 */
@Component
final class LibraryTransfer {

    static final String FORMAT = "pgdeck-saved-queries";
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** One query in the file: its id and every version, the oldest first. */
    record Entry(String id, List<Version> versions) {}

    record LibraryFile(String format, String exportedAt, List<Entry> queries) {}

    private final SavedQueries library;

    LibraryTransfer(SavedQueries library) {
        this.library = library;
    }

    LibraryFile export() {
        List<Entry> entries = library.search(null, null, null).stream()
                .map(summary -> new Entry(summary.id(), oldestFirst(library.versions(summary.id()))))
                .toList();
        return new LibraryFile(FORMAT, Instant.now().toString(), entries);
    }

    private static List<Version> oldestFirst(List<Version> newestFirst) {
        List<Version> versions = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(versions);
        return versions;
    }

    ImportReport importFile(LibraryFile file, String by) {
        List<Entry> entries = checked(file);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<Version> current = library.find(entry.id());
            Draft latest = draft(entry.versions().get(entry.versions().size() - 1));
            if (current.isEmpty()) {
                createWithHistory(entry, by);
                created.add(entry.id());
            } else if (latest.sameContentAs(current.get())) {
                unchanged.add(entry.id());
            } else {
                library.update(entry.id(), withoutBase(latest), by);
                updated.add(entry.id());
            }
        }
        return new ImportReport(created, updated, unchanged);
    }

    /** The first version as the query's creation, then each later one as a save, keeping who saved it. */
    private void createWithHistory(Entry entry, String by) {
        List<Version> versions = entry.versions();
        Version first = versions.get(0);
        library.insert(entry.id(), draft(first), savedBy(first, by), savedAt(first));
        for (Version later : versions.subList(1, versions.size())) {
            library.update(entry.id(), withoutBase(draft(later)), savedBy(later, by), savedAt(later));
        }
    }

    private static List<Entry> checked(LibraryFile file) {
        if (file == null || !FORMAT.equals(file.format()) || file.queries() == null) {
            throw Problems.badRequest("This is not a pgdeck library file: it needs \"format\": \"" + FORMAT
                    + "\" and a \"queries\" list, as GET /api/v1/saved-queries/export writes it.");
        }
        for (Entry entry : file.queries()) {
            if (entry == null
                    || entry.id() == null
                    || !UUID_SHAPE.matcher(entry.id()).matches()) {
                throw Problems.badRequest("Every query in the file needs the UUID id it was exported with.");
            }
            if (entry.versions() == null || entry.versions().isEmpty()) {
                throw Problems.badRequest("The query '" + entry.id() + "' in the file has no versions.");
            }
            // Checked before anything is written, so that a bad file changes nothing.
            for (Version version : entry.versions()) {
                draft(version);
                savedAt(version);
            }
        }
        return file.queries();
    }

    private static Draft draft(Version version) {
        if (version == null) {
            throw Problems.badRequest("A version in the file is empty.");
        }
        return version.draft().checked();
    }

    private static Draft withoutBase(Draft draft) {
        return new Draft(
                draft.name(), draft.folder(), draft.tags(), draft.description(), draft.database(), draft.sql(), null);
    }

    /** The date the file gives the version, or now for a file written by hand without one. */
    private static String savedAt(Version version) {
        if (version.updatedAt() == null) {
            return Instant.now().toString();
        }
        try {
            return Instant.parse(version.updatedAt()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.badRequest("The version " + version.version() + " of '" + version.name()
                    + "' in the file has the date '" + version.updatedAt() + "': dates are ISO-8601 UTC times,"
                    + " as the export writes them (2026-12-05T14:00:00Z).");
        }
    }

    private static String savedBy(Version version, String by) {
        return version.updatedBy() == null ? by : version.updatedBy();
    }
}
