package io.pgdeck.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** The values of the query library: what a user writes (a draft) and what pgdeck keeps (versions). */
final class SavedQuery {

    static final int LONGEST_NAME = 200;
    static final int LONGEST_SQL = 1_000_000;

    private SavedQuery() {}

    /** What a save sends; {@code version} is the version the editor started from (optimistic concurrency). */
    record Draft(
            String name,
            String folder,
            List<String> tags,
            String description,
            String database,
            String sql,
            Integer version) {

        /** The draft with blanks made null and its tags trimmed, or a 400 saying what is wrong. */
        Draft checked() {
            if (name == null || name.isBlank()) {
                throw Problems.badRequest("A saved query needs a name.");
            }
            if (name.strip().length() > LONGEST_NAME) {
                throw Problems.badRequest("A saved query's name has at most " + LONGEST_NAME + " characters.");
            }
            if (sql == null) {
                throw Problems.badRequest("A saved query needs its sql (it may be empty, not missing).");
            }
            if (sql.length() > LONGEST_SQL) {
                throw Problems.badRequest("A saved query's sql has at most " + LONGEST_SQL + " characters.");
            }
            return new Draft(
                    name.strip(),
                    blankToNull(folder),
                    checkedTags(tags),
                    blankToNull(description),
                    blankToNull(database),
                    sql,
                    version);
        }

        boolean sameContentAs(Version other) {
            return name.equals(other.name())
                    && java.util.Objects.equals(folder, other.folder())
                    && tags.equals(other.tags())
                    && java.util.Objects.equals(description, other.description())
                    && java.util.Objects.equals(database, other.database())
                    && sql.equals(other.sql());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(
            String id,
            String name,
            String folder,
            List<String> tags,
            String description,
            String database,
            int version,
            String updatedAt,
            String updatedBy) {}

    /** One version of a query; the current one is its highest. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Version(
            String id,
            int version,
            String name,
            String folder,
            List<String> tags,
            String description,
            String database,
            String sql,
            String updatedAt,
            String updatedBy) {

        Draft draft() {
            return new Draft(name, folder, tags, description, database, sql, version);
        }
    }

    /** What an import did, per query id. */
    record ImportReport(List<String> created, List<String> updated, List<String> unchanged) {}

    static String encodeTags(List<String> tags) {
        return tags.isEmpty() ? "" : "," + String.join(",", tags) + ",";
    }

    static List<String> decodeTags(String tags) {
        return tags == null || tags.isEmpty()
                ? List.of()
                : Arrays.stream(tags.split(",")).filter(tag -> !tag.isEmpty()).toList();
    }

    private static List<String> checkedTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            if (tag.contains(",")) {
                throw Problems.badRequest("A tag cannot contain a comma: '" + tag + "'.");
            }
            kept.add(tag.strip());
        }
        return new ArrayList<>(kept);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
