package io.pgdeck.query;

import io.pgdeck.web.ExportFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a whole session result as CSV or JSON, from the execution the user ran: its rows come from the spill and
 * then the session's cursor, read on to the end. Nothing is ever run a second time for an export (a statement may
 * write, call nextval or return what a later run would not). The CSV written here follows COPY's CSV rules.
 */
final class ResultExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExportFormat format;
    private final OutputStream out;

    ResultExport(ExportFormat format, OutputStream out) {
        this.format = format;
        this.out = out;
    }

    void write(CursorResult result, Connection connection) throws SQLException, IOException {
        if (format == ExportFormat.JSON) {
            json(result);
        } else {
            csv(result);
        }
    }

    private void csv(CursorResult result) throws SQLException, IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        boolean single = result.columns().size() == 1;
        writeCsvLine(
                writer, result.columns().stream().map(QueryResult.Column::name).toArray(String[]::new), single);
        result.forEachRow(row -> writeCsvLine(writer, row, single));
        writer.flush();
    }

    static void writeCsvLine(Writer writer, String[] values, boolean singleColumn) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String value = values[i];
            if (value != null) {
                writeCsvValue(writer, value, singleColumn);
            }
        }
        writer.write('\n');
    }

    /** As COPY ... CSV: NULL is nothing, the empty string is quoted, and so is anything holding , " CR or LF. */
    private static void writeCsvValue(Writer writer, String value, boolean singleColumn) throws IOException {
        boolean quote = value.isEmpty() || (singleColumn && value.equals("\\.")) || needsQuotes(value);
        if (!quote) {
            writer.write(value);
            return;
        }
        writer.write('"');
        writer.write(value.replace("\"", "\"\""));
        writer.write('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** An array of objects, one per row; a repeated column name gets a suffix so that no key is lost. */
    private void json(CursorResult result) throws SQLException, IOException {
        String[] names = uniqueNames(result.columns());
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartArray();
            result.forEachRow(row -> {
                Object[] values = result.jsonValues(row);
                generator.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    generator.writeName(names[i]);
                    writeValue(generator, values[i]);
                }
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
        out.flush();
    }

    private static void writeValue(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString(value.toString());
        }
    }

    private static String[] uniqueNames(List<QueryResult.Column> columns) {
        Set<String> seen = new HashSet<>();
        String[] names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            String name = columns.get(i).name();
            for (int n = 2; !seen.add(name); n++) {
                name = columns.get(i).name() + "_" + n;
            }
            names[i] = name;
        }
        return names;
    }
}
