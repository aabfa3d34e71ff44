package io.pgdeck.data;

import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * What a CSV import checks, apart from loading it: before it is queued, that the table is there and PostgreSQL knows
 * the encoding; as it starts, which of the table's columns the file fills (its header's names, or every column but
 * generated ones) and that its header reads in that encoding.
 */
@Component
final class CsvChecks {

    /** The columns a file fills, in its order, and the file to copy from (its byte-order mark left out). */
    record Columns(List<String> names, InputStream csv) {}

    private static final String ENCODING = SqlResource.load(CsvChecks.class, "encoding.sql");
    private static final String HEADER_TEXT = SqlResource.load(CsvChecks.class, "header-text.sql");
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DataConnections connections;
    private final RelationCatalog catalog;

    CsvChecks(DataConnections connections, RelationCatalog catalog) {
        this.connections = connections;
        this.catalog = catalog;
    }

    /**
     * What is checked before an import is queued, once the caller has refused a read-only deployment: that the table
     * is there, and that PostgreSQL knows the encoding. Answers the options with the encoding by PostgreSQL's own name.
     *
     * @throws ErrorResponseException 404 when there is no such table; 400 for an encoding PostgreSQL does not know
     */
    CsvImport.Options prepare(String database, String schema, String table, CsvImport.Options options)
            throws SQLException {
        return connections.read(database, connection -> {
            catalog.load(connection, new RelationName(schema, table, ObjectKind.TABLES));
            return options.withEncoding(encodingName(connection, options.encoding()));
        });
    }

    /**
     * The columns {@code csv} fills: with a header, the table's columns it names (400 for a name the table lacks),
     * and the stream gives the header back to COPY; without one, every column but generated ones, in table order.
     */
    static Columns columns(Connection connection, Relation relation, InputStream csv, CsvImport.Options options)
            throws SQLException, IOException {
        InputStream input = withoutByteOrderMark(csv, options.encoding());
        if (!options.header()) {
            return new Columns(
                    relation.columns().stream()
                            .filter(column -> column.generated() == null)
                            .map(DataColumn::name)
                            .toList(),
                    input);
        }
        byte[] line = CsvHeader.firstLine(input, options.quote());
        CsvHeader header = CsvHeader.parse(
                line, headerText(connection, line, options.encoding()), options.delimiter(), options.quote());
        List<String> names = header.names().stream()
                .map(column -> relation.column(column).name())
                .toList();
        return new Columns(names, new SequenceInputStream(new ByteArrayInputStream(header.bytes()), input));
    }

    /** Spreadsheets start UTF-8 files with a byte-order mark, which would otherwise become part of the first value. */
    private static InputStream withoutByteOrderMark(InputStream csv, String encoding) throws IOException {
        if (!"UTF8".equals(encoding)) {
            return csv;
        }
        PushbackInputStream input = new PushbackInputStream(csv, UTF8_BYTE_ORDER_MARK.length);
        byte[] start = input.readNBytes(UTF8_BYTE_ORDER_MARK.length);
        if (!Arrays.equals(start, UTF8_BYTE_ORDER_MARK)) {
            input.unread(start);
        }
        return input;
    }

    private static String encodingName(Connection connection, String encoding) throws SQLException {
        String known = single(connection, ENCODING, statement -> statement.setString(1, encoding));
        if (known == null || known.isEmpty()) {
            throw Problems.badRequest("PostgreSQL knows no encoding '" + encoding + "': name it as PostgreSQL does,"
                    + " e.g. UTF8, LATIN1, WIN1252.");
        }
        return known;
    }

    /** The header as text: PostgreSQL decodes it, so that it reads every encoding COPY reads, by the same names. */
    private static String headerText(Connection connection, byte[] line, String encoding) throws SQLException {
        try {
            return single(connection, HEADER_TEXT, statement -> {
                statement.setBytes(1, line);
                statement.setString(2, encoding);
            });
        } catch (PSQLException e) {
            throw Problems.badRequest("Line 1: the header is not " + encoding + " text (" + e.getMessage()
                    + "). Choose the file's encoding. Nothing was imported.");
        }
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private static String single(Connection connection, String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
