package io.pgdeck.query;

import io.pgdeck.web.CellPreview;
import io.pgdeck.web.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One result of a query session: a forward-only server-side cursor (pgjdbc's portal, read a fetch at a time) and a
 * spill file holding every row read so far. A page ahead reads the cursor forward; a page behind comes from the
 * spill; memory holds at most one fetch and one page.
 */
final class CursorResult implements AutoCloseable {

    static final int DRAIN_FETCH_SIZE = 10_000;

    /** Rows the first fetch brings: few enough that even rows of megabytes fit the driver's result buffer. */
    static final int FIRST_FETCH_SIZE = 100;

    /** Characters one fetch may bring; later fetches hold fewer rows when rows are wide. */
    private static final long FETCH_CHARACTERS = 32_000_000;

    private final String id;
    private final String statement;
    private final boolean plainSelect;
    private final List<QueryResult.Column> columns;
    private final ResultSpill spill;
    private Statement jdbc;
    private ResultSet cursor;
    private String lost;
    private int wantedFetchSize;
    private long widestRow;

    CursorResult(
            String id,
            String statement,
            boolean plainSelect,
            Statement jdbc,
            ResultSet cursor,
            List<QueryResult.Column> columns,
            int pageSize) {
        this.id = id;
        this.statement = statement;
        this.plainSelect = plainSelect;
        this.jdbc = jdbc;
        this.cursor = cursor;
        this.columns = columns;
        this.spill = new ResultSpill(columns.size());
        // The statement's first fetch is small; once a row was seen, fetches bring a page.
        this.wantedFetchSize = pageSize;
    }

    /** A result of a statement just executed, with an id of its own, reading its cursor a page at a time. */
    static CursorResult open(
            String statement,
            boolean plainSelect,
            Statement jdbc,
            ResultSet cursor,
            List<QueryResult.Column> columns,
            int pageSize) {
        return new CursorResult(
                java.util.UUID.randomUUID().toString(), statement, plainSelect, jdbc, cursor, columns, pageSize);
    }

    String id() {
        return id;
    }

    String statement() {
        return statement;
    }

    boolean plainSelect() {
        return plainSelect;
    }

    List<QueryResult.Column> columns() {
        return columns;
    }

    /** True once every row is in the spill: the cursor ended, or was lost. */
    boolean complete() {
        return cursor == null;
    }

    long rowCount() {
        return spill.rowCount();
    }

    /** Why the rows after {@link #rowCount()} cannot be read, when the cursor was lost before its end. */
    String lost() {
        return lost;
    }

    /**
     * Rows {@code [offset, offset + limit)}, reading the cursor forward as far as needed; values longer than the page's
     * share of {@link CellPreview#PAGE_CHARACTERS} are cut to previews, unless {@code whole}.
     */
    List<List<Object>> page(long offset, int limit, boolean whole) throws SQLException {
        if (offset + limit - spill.rowCount() > DRAIN_FETCH_SIZE) {
            // A jump far ahead (Ctrl+End reads to the end) crosses many pages: a page per round trip would be slow.
            wantFetchSize(DRAIN_FETCH_SIZE);
        }
        readUpTo(offset + limit);
        int length = whole ? Integer.MAX_VALUE : CellPreview.length(limit, columns.size());
        List<List<Object>> rows = new ArrayList<>(limit);
        readSpill(offset, limit, row -> rows.add(previewRow(row, length)));
        return rows;
    }

    /** Reads the rest of the cursor into the spill, so the result outlives the transaction its cursor lives in. */
    void drain() throws SQLException {
        wantFetchSize(DRAIN_FETCH_SIZE);
        readUpTo(Long.MAX_VALUE);
    }

    /**
     * Reads the cursor into the spill until it ends or {@code rows} rows are kept; a longer result gives up the rest,
     * saying why. A result of exactly {@code rows} rows is whole: one more read of the cursor tells the end apart
     * from a further row.
     */
    void drain(long rows, String whyTheRestIsGone) throws SQLException {
        wantFetchSize(DRAIN_FETCH_SIZE);
        readUpTo(rows);
        if (cursor != null && !cursor.next()) {
            closeCursor();
        }
        lose(whyTheRestIsGone);
    }

    /** Every row, from the spill and then from the cursor, each kept in the spill as it passes. */
    void forEachRow(ResultSpill.RowSink sink) throws SQLException {
        readSpill(0, spill.rowCount(), sink);
        wantFetchSize(DRAIN_FETCH_SIZE);
        while (cursor != null) {
            String[] row = next();
            if (row != null) {
                try {
                    sink.accept(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Gives up the cursor, keeping what was read, because its transaction ended or failed. */
    void lose(String reason) {
        if (cursor != null) {
            lost = reason;
            closeCursor();
        }
    }

    Object[] jsonValues(String[] row) {
        Object[] values = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = JsonValues.fromText(row[i], columns.get(i).type());
        }
        return values;
    }

    private List<Object> previewRow(String[] row, int length) {
        List<Object> values = new ArrayList<>(row.length);
        for (int i = 0; i < row.length; i++) {
            values.add(CellPreview.of(row[i], columns.get(i).type(), length));
        }
        return values;
    }

    private void readUpTo(long count) throws SQLException {
        while (cursor != null && spill.rowCount() < count) {
            next();
        }
    }

    /** The next row of the cursor, already spilled; null when the cursor just ended. */
    private String[] next() throws SQLException {
        if (!cursor.next()) {
            closeCursor();
            return null;
        }
        String[] row = new String[columns.size()];
        long characters = 0;
        for (int i = 0; i < row.length; i++) {
            row[i] = cursor.getString(i + 1);
            characters += row[i] == null ? 0 : row[i].length();
        }
        spill.append(row);
        if (characters > widestRow || spill.rowCount() == 1) {
            widestRow = characters;
            wantFetchSize(wantedFetchSize);
        }
        return row;
    }

    /**
     * Asks for {@code rows} per fetch, fewer when the widest row seen so far would make a fetch exceed
     * {@link #FETCH_CHARACTERS}: the driver holds a whole fetch in memory.
     */
    private void wantFetchSize(int rows) throws SQLException {
        wantedFetchSize = rows;
        if (cursor != null) {
            cursor.setFetchSize((int) Math.max(1, Math.min(rows, FETCH_CHARACTERS / Math.max(1, widestRow))));
        }
    }

    private void readSpill(long offset, long limit, ResultSpill.RowSink sink) {
        try {
            spill.read(offset, limit, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a result's spill file", e);
        }
    }

    private void closeCursor() {
        try (Statement closing = jdbc) {
            // Closing the statement closes its result set and the portal behind it.
        } catch (SQLException e) {
            // The portal is gone with its transaction already; there is nothing left to release.
        } finally {
            jdbc = null;
            cursor = null;
        }
    }

    @Override
    public void close() {
        closeCursor();
        spill.close();
    }
}
