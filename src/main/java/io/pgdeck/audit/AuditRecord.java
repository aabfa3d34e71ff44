package io.pgdeck.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One audit record as the API, the export and the log stream show it.
 *
 * @param at when it was recorded (an action's start, when it has one, is in {@code detail})
 * @param summary one line a person can read and search: the statement, the file, the table
 * @param detail what is particular to the kind: a statement's duration, rows and sqlState; a backup's options
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(
        Long id,
        Instant at,
        String kind,
        String outcome,
        String person,
        String clientAddress,
        String database,
        String summary,
        Map<String, Object> detail) {}
