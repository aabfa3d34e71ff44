package io.pgdeck.audit;

import io.pgdeck.web.Problems;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader of the audit log asks for: a time range, kinds, outcomes, free text, and where the previous page ended.
 *
 * @param kinds empty for every kind
 * @param text matched anywhere in the summary, the person or the database, case-insensitively; null for any
 * @param before the cursor: only records older than this id; null for the newest
 */
record AuditFilter(Instant since, Instant until, List<String> kinds, List<String> outcomes, String text, Long before) {

    static AuditFilter of(String since, String until, String kind, String outcome, String q, String cursor) {
        return new AuditFilter(
                time("since", since), time("until", until), list(kind), list(outcome), blankToNull(q), cursor(cursor));
    }

    private static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(
                    "'" + name + "' must be an ISO-8601 UTC time such as 2026-01-31T12:00:00Z; got '" + value + "'.");
        }
    }

    private static Long cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw Problems.badRequest("'cursor' must be the 'next' value of the previous page; got '" + value + "'.");
        }
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
