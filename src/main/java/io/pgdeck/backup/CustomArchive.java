package io.pgdeck.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tells whether a custom-format archive is whole without decompressing it: reads its table of contents (the layout of
 * pg_backup_archiver.c's WriteHead and WriteToc, archive versions 1.12 to 1.15) for where each data block starts, then
 * walks the last block's chunk headers to its end marker. pg_restore -l reads only the table of contents, so a cut
 * archive lists fine; reading its last block with pg_restore would decompress a whole table.
 */
final class CustomArchive {

    /** What the walk found: the archive is whole, is cut, or cannot be told this way (then pg_restore must read). */
    enum Verdict {
        WHOLE,
        TRUNCATED,
        UNKNOWN
    }

    private static final int MIN_VERSION = version(1, 12);
    private static final int MAX_VERSION = version(1, 15);
    private static final int OFFSET_SET = 2;
    private static final int OFFSET_NOT_SET = 1;
    private static final int BLOCK_DATA = 1;
    private static final int BLOCK_BLOBS = 3;

    private final RandomAccessFile in;
    private int version;
    private int intSize;
    private int offsetSize;

    private CustomArchive(RandomAccessFile in) {
        this.in = in;
    }

    static Verdict check(Path archive) {
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "r")) {
            return new CustomArchive(file).check();
        } catch (EOFException cut) {
            return Verdict.TRUNCATED;
        } catch (IOException | RuntimeException unreadable) {
            return Verdict.UNKNOWN;
        }
    }

    private Verdict check() throws IOException {
        if (!readHeader()) {
            return Verdict.UNKNOWN;
        }
        long lastBlock = -1;
        int entries = readInt();
        for (int i = 0; i < entries; i++) {
            long offset = readEntry();
            if (offset == -2) {
                return Verdict.UNKNOWN;
            }
            lastBlock = Math.max(lastBlock, offset);
        }
        if (lastBlock < 0) {
            return Verdict.WHOLE;
        }
        if (lastBlock >= in.length()) {
            return Verdict.TRUNCATED;
        }
        in.seek(lastBlock);
        int type = in.readUnsignedByte();
        readInt();
        if (type == BLOCK_DATA) {
            skipChunks();
        } else if (type == BLOCK_BLOBS) {
            for (int oid = readInt(); oid != 0; oid = readInt()) {
                skipChunks();
            }
        } else {
            return Verdict.UNKNOWN;
        }
        return in.getFilePointer() <= in.length() ? Verdict.WHOLE : Verdict.TRUNCATED;
    }

    private boolean readHeader() throws IOException {
        byte[] magic = new byte[5];
        in.readFully(magic);
        version = version(in.readUnsignedByte(), in.readUnsignedByte());
        in.readUnsignedByte();
        intSize = in.readUnsignedByte();
        offsetSize = in.readUnsignedByte();
        int format = in.readUnsignedByte();
        if (!new String(magic, StandardCharsets.US_ASCII).equals("PGDMP")
                || version < MIN_VERSION
                || version > MAX_VERSION
                || format != 1
                || intSize < 1
                || intSize > 8
                || offsetSize < 1
                || offsetSize > 8) {
            return false;
        }
        if (version >= version(1, 15)) {
            in.readUnsignedByte();
        } else {
            readInt();
        }
        for (int i = 0; i < 7; i++) {
            readInt();
        }
        skipStrings(3);
        return true;
    }

    /**
     * One table-of-contents entry: dump id, has-data flag, table oid, oid, tag, desc, section, definition, drop and
     * copy statements, schema, tablespace, table access method (1.14), owner, a "false" left from WITH OIDS, the
     * dependencies up to a null string, then the data block's offset. Answers that offset, -1 when the entry has no
     * data, -2 when it has data whose place was not recorded (written to a pipe).
     */
    private long readEntry() throws IOException {
        readInt();
        boolean hasData = readInt() != 0;
        skipStrings(2);
        skipStrings(2);
        readInt();
        skipStrings(3);
        skipStrings(2);
        if (version >= version(1, 14)) {
            skipStrings(1);
        }
        skipStrings(2);
        while (readStringLength() >= 0) {
            // The entry's dependencies, up to a null string; each length is followed by its text.
        }
        int flag = in.readUnsignedByte();
        long offset = 0;
        for (int i = 0; i < offsetSize; i++) {
            offset |= ((long) in.readUnsignedByte()) << (8 * i);
        }
        if (flag == OFFSET_SET) {
            return offset;
        }
        return hasData && flag == OFFSET_NOT_SET ? -2 : -1;
    }

    private void skipChunks() throws IOException {
        for (long length = readInt(); length != 0; length = readInt()) {
            if (length < 0 || in.getFilePointer() + length > in.length()) {
                throw new EOFException("a data chunk runs past the end of the file");
            }
            in.seek(in.getFilePointer() + length);
        }
    }

    private void skipStrings(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            readStringLength();
        }
    }

    /** Reads a string's length and skips its text; -1 for a null string. */
    private int readStringLength() throws IOException {
        int length = readInt();
        if (length > 0) {
            if (in.getFilePointer() + length > in.length()) {
                throw new EOFException("a string runs past the end of the file");
            }
            in.seek(in.getFilePointer() + length);
        }
        return length;
    }

    /** pg_dump's integers: a sign byte, then intSize bytes, least significant first. */
    private int readInt() throws IOException {
        boolean negative = in.readUnsignedByte() != 0;
        long value = 0;
        for (int i = 0; i < intSize; i++) {
            value |= ((long) in.readUnsignedByte()) << (8 * i);
        }
        return (int) (negative ? -value : value);
    }

    private static int version(int major, int minor) {
        return major * 256 + minor;
    }
}
