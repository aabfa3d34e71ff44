package io.pgdeck.data;

import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.server.Capabilities;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlQuoting;
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
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Imports a CSV file into a table with one COPY ... FROM STDIN through pgjdbc's CopyManager, in one transaction on a
 * connection of its own: either every line goes in, or a bad line is reported by its number and nothing is applied.
 * With a header, the file's first line names the columns, in the file's order; without one, the file holds every column
 * but generated ones, in the table's order (what an export writes).
 *
 * <p>It blocks for as long as the copy takes: a job runs it ({@link ImportJobs}), and cancels it by asking the server to
 * stop the COPY, or by closing the input stream, either of which ends the COPY with an error and rolls it back.
 */
@Service
public final class CsvImport {

    /**
     * How the file is written.
     *
     * @param nullString the text that stands for NULL (unquoted); by default an unquoted empty field
     * @param encoding the file's encoding, by PostgreSQL's name for it (UTF8, LATIN1, WIN1252, ...)
     */
    public record Options(boolean header, char delimiter, char quote, String nullString, String encoding) {

        public static Options defaults() {
            return new Options(true, ',', '"', "", "UTF8");
        }

        Options withEncoding(String name) {
            return new Options(header, delimiter, quote, nullString, name);
        }
    }

    /** What an import did: the rows it added and the columns it filled, in the file's order. */
    public record Result(long rowsImported, List<String> columns) {}

    static final String READ_ONLY = "This deployment is read-only: data cannot be imported here.";

    private static final String ENCODING = SqlResource.load(CsvImport.class, "encoding.sql");
    private static final String HEADER_TEXT = SqlResource.load(CsvImport.class, "header-text.sql");
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)(?:, column ([^:]+))?");
    private static final int BUFFER = 1 << 16;
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DataConnections connections;
    private final RelationCatalog catalog;
    private final Capabilities capabilities;

    CsvImport(DataConnections connections, RelationCatalog catalog, Capabilities capabilities) {
        this.connections = connections;
        this.catalog = catalog;
        this.capabilities = capabilities;
    }

    /**
     * What is checked before an import is queued, once the caller has refused a read-only deployment: that the table
     * is there, and that PostgreSQL knows the encoding. Answers the options with the encoding by PostgreSQL's own name.
     *
     * @throws ErrorResponseException 404 when there is no such table; 400 for an encoding PostgreSQL does not know
     */
    Options prepare(String database, String schema, String table, Options options) throws SQLException {
        return connections.read(database, connection -> {
            catalog.load(connection, new RelationName(schema, table, ObjectKind.TABLES));
            return options.withEncoding(encodingName(connection, options.encoding()));
        });
    }

    /**
     * Copies {@code csv} into {@code schema.table} of {@code database}. The caller has checked that the deployment may
     * see the database; this refuses in a read-only deployment. A cancel asks the server to stop the COPY, which then
     * rolls back.
     *
     * @throws ErrorResponseException 403 when the deployment is read-only; 404 when there is no such table; 400 naming
     *     the line and column of the first bad line, or the header's unknown column, with nothing applied
     */
    public Result importCsv(
            String database,
            String schema,
            String table,
            InputStream csv,
            Options options,
            JobCancellation cancellation)
            throws SQLException {
        requireWritable();
        RelationName name = new RelationName(schema, table, ObjectKind.TABLES);
        return connections.writeDedicated(database, connection -> {
            cancellation.onCancel(() -> cancelQuietly(connection));
            Relation relation = catalog.load(connection, name);
            List<String> columns;
            try {
                InputStream input = withoutByteOrderMark(csv, options.encoding());
                InputStream whole = input;
                if (options.header()) {
                    byte[] line = CsvHeader.firstLine(input, options.quote());
                    CsvHeader header = CsvHeader.parse(
                            line,
                            headerText(connection, line, options.encoding()),
                            options.delimiter(),
                            options.quote());
                    columns = header.names().stream()
                            .map(column -> relation.column(column).name())
                            .toList();
                    whole = new SequenceInputStream(new ByteArrayInputStream(header.bytes()), input);
                } else {
                    columns = relation.columns().stream()
                            .filter(column -> column.generated() == null)
                            .map(DataColumn::name)
                            .toList();
                }
                return new Result(copy(connection, relation, columns, whole, options), columns);
            } catch (IOException e) {
                throw Problems.badRequest(
                        "The file could not be read to its end (" + e.getMessage() + "). Nothing was imported.");
            }
        });
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

    private void requireWritable() {
        if (!capabilities.write()) {
            throw Problems.forbidden(READ_ONLY);
        }
    }

    /** The COPY options, as the import runs them and as Processes shows them. */
    static String withClause(Options options) {
        return "WITH (FORMAT csv, HEADER " + options.header()
                + ", DELIMITER " + SqlQuoting.quoteLiteral(String.valueOf(options.delimiter()))
                + ", QUOTE " + SqlQuoting.quoteLiteral(String.valueOf(options.quote()))
                + ", NULL " + SqlQuoting.quoteLiteral(options.nullString())
                + ", ENCODING " + SqlQuoting.quoteLiteral(options.encoding()) + ")";
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

    private static void cancelQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.unwrap(PGConnection.class).cancelQuery();
            }
        } catch (SQLException ignored) {
            // The connection ended meanwhile: there is nothing left to stop.
        }
    }

    private static long copy(
            Connection connection, Relation relation, List<String> columns, InputStream csv, Options options)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            // A big file takes as long as it takes; the per-statement timeout is for interactive queries.
            statement.execute("SET LOCAL statement_timeout = 0");
        }
        String sql = "COPY " + relation.qualifiedName() + " ("
                + columns.stream().map(SqlQuoting::quoteIdentifier).collect(Collectors.joining(", "))
                + ") FROM STDIN " + withClause(options);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, csv, BUFFER);
        } catch (PSQLException e) {
            // Without a server error the connection broke, which the problem handler reports as such.
            if (e.getServerErrorMessage() == null) {
                throw e;
            }
            throw badLine(e.getServerErrorMessage());
        }
    }

    private static ErrorResponseException badLine(ServerErrorMessage server) {
        Matcher where = COPY_LINE.matcher(server.getWhere() == null ? "" : server.getWhere());
        boolean located = where.find();
        String detail = (located ? "Line " + where.group(1) + ": " : "") + server.getMessage()
                + (server.getDetail() == null ? "" : " (" + server.getDetail() + ")") + ". Nothing was imported.";
        ErrorResponseException problem = Problems.problem(HttpStatus.BAD_REQUEST, "Import failed", detail);
        problem.getBody().setProperty("sqlState", server.getSQLState());
        if (located) {
            problem.getBody().setProperty("line", Long.parseLong(where.group(1)));
            if (where.group(2) != null) {
                problem.getBody().setProperty("column", where.group(2));
            }
        }
        return problem;
    }
}
