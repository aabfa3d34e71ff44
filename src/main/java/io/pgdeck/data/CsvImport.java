package io.pgdeck.data;

import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)(?:, column ([^:]+))?");
    private static final int BUFFER = 1 << 16;

    private final DataConnections connections;
    private final RelationCatalog catalog;

    CsvImport(DataConnections connections, RelationCatalog catalog) {
        this.connections = connections;
        this.catalog = catalog;
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
        RelationName name = new RelationName(schema, table, ObjectKind.TABLES);
        return connections.writeDedicated(database, connection -> {
            cancellation.onCancel(() -> cancelQuietly(connection));
            Relation relation = catalog.load(connection, name);
            try {
                CsvChecks.Columns columns = CsvChecks.columns(connection, relation, csv, options);
                return new Result(copy(connection, relation, columns.names(), columns.csv(), options), columns.names());
            } catch (IOException e) {
                throw Problems.badRequest(
                        "The file could not be read to its end (" + e.getMessage() + "). Nothing was imported.");
            }
        });
    }

    /** The COPY options, as the import runs them and as Processes shows them. */
    static String withClause(Options options) {
        return "WITH (FORMAT csv, HEADER " + options.header()
                + ", DELIMITER " + SqlQuoting.quoteLiteral(String.valueOf(options.delimiter()))
                + ", QUOTE " + SqlQuoting.quoteLiteral(String.valueOf(options.quote()))
                + ", NULL " + SqlQuoting.quoteLiteral(options.nullString())
                + ", ENCODING " + SqlQuoting.quoteLiteral(options.encoding()) + ")";
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
