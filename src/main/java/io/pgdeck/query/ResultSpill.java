package io.pgdeck.query;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The rows of one result already read from its cursor, kept on disk rather than in the heap so that any page can be
 * read again, backwards too, while memory stays flat. Each row is its values as PostgreSQL's text (null for NULL); an
 * index file holds where each row starts, so a page at any offset is one seek away.
 */
final class ResultSpill implements AutoCloseable {

    private static final int NULL_LENGTH = -1;

    private final Path data;
    private final Path index;
    private final DataOutputStream dataOut;
    private final DataOutputStream indexOut;
    private final FileChannel dataIn;
    private final FileChannel indexIn;
    private final int columns;
    private long written;
    private long rows;

    ResultSpill(int columns) {
        this.columns = columns;
        try {
            data = Files.createTempFile("pgdeck-result-", ".rows");
            index = Files.createTempFile("pgdeck-result-", ".index");
            dataOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 16));
            indexOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(index), 1 << 13));
            dataIn = FileChannel.open(data, StandardOpenOption.READ);
            indexIn = FileChannel.open(index, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spill file for a result", e);
        }
    }

    long rowCount() {
        return rows;
    }

    void append(String[] row) {
        try {
            indexOut.writeLong(written);
            for (String value : row) {
                if (value == null) {
                    dataOut.writeInt(NULL_LENGTH);
                    written += Integer.BYTES;
                } else {
                    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                    dataOut.writeInt(bytes.length);
                    dataOut.write(bytes);
                    written += Integer.BYTES + bytes.length;
                }
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a result's spill file", e);
        }
    }

    /** Reads rows {@code [offset, offset + limit)} (fewer at the end) and hands each to {@code sink}. */
    void read(long offset, long limit, RowSink sink) throws IOException {
        long end = Math.min(rows, offset + limit);
        if (offset >= end) {
            return;
        }
        dataOut.flush();
        indexOut.flush();
        DataInputStream in = new DataInputStream(
                new BufferedInputStream(Channels.newInputStream(dataIn.position(rowStart(offset))), 1 << 16));
        String[] row = new String[columns];
        for (long i = offset; i < end; i++) {
            for (int c = 0; c < columns; c++) {
                int length = in.readInt();
                row[c] = length == NULL_LENGTH ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }
            sink.accept(row);
        }
    }

    private long rowStart(long row) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
        indexIn.read(buffer, row * Long.BYTES);
        return buffer.flip().getLong();
    }

    @Override
    public void close() {
        try (dataOut;
                indexOut;
                dataIn;
                indexIn) {
            Files.deleteIfExists(data);
            Files.deleteIfExists(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a result's spill file", e);
        }
    }

    /** Receives one row's text values; the array is reused for the next row. */
    @FunctionalInterface
    interface RowSink {
        void accept(String[] row) throws IOException;
    }
}
