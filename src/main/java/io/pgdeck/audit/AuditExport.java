package io.pgdeck.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Writes the filtered audit log as it is read: CSV (one row per record, the detail as JSON) or a JSON array. */
enum AuditExport {
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final String[] HEADER = {
        "id", "at", "kind", "outcome", "person", "clientAddress", "database", "summary", "detail"
    };

    private final String mediaType;
    private final String extension;

    AuditExport(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Optional<AuditExport> of(String format) {
        for (AuditExport export : values()) {
            if (export.extension.equals(format.toLowerCase(Locale.ROOT))) {
                return Optional.of(export);
            }
        }
        return Optional.empty();
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    void write(AuditLog log, AuditFilter filter, OutputStream out) throws IOException {
        if (this == JSON) {
            try (JsonGenerator generator = MAPPER.createGenerator(out)) {
                generator.writeStartArray();
                log.each(filter, generator::writePOJO);
                generator.writeEndArray();
            }
            return;
        }
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            line(writer, HEADER);
            log.each(
                    filter,
                    r -> line(writer, new String[] {
                        String.valueOf(r.id()),
                        r.at().toString(),
                        r.kind(),
                        r.outcome(),
                        r.person(),
                        r.clientAddress(),
                        r.database(),
                        r.summary(),
                        MAPPER.writeValueAsString(r.detail())
                    }));
        }
    }

    private static void line(Writer writer, String[] fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(quoted(fields[i]));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String field) {
        if (field == null) {
            return "";
        }
        // A leading = + - @ would be a formula to a spreadsheet; the audit log must not run anything when opened.
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
