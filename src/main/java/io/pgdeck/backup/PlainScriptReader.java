package io.pgdeck.backup;

import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.SqlTokens;
import io.pgdeck.sql.StatementClassifier;
import io.pgdeck.sql.StatementSplitter;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads a plain SQL script the way psql does, as a stream: statements ended by semicolons (found by the sql/ lexer),
 * the data lines that follow a {@code COPY ... FROM stdin}, and backslash meta-commands on lines of their own. Memory
 * holds one statement at a time, whatever the script's size. Lines keep their line ends, so data passes through byte
 * for byte when the script is read as ISO-8859-1.
 */
final class PlainScriptReader {

    /** What the reader finds, in order. */
    interface Visitor {
        /** A complete statement, without its semicolon; {@code copyFromStdin} when data lines follow it. */
        void statement(String text, boolean copyFromStdin) throws IOException;

        /** One line of COPY data, line end included; the last one is {@code \.}. */
        void copyData(String line) throws IOException;

        /** A line holding a psql meta-command such as {@code \connect db}, without its line end. */
        void metaCommand(String line) throws IOException;

        /** Every line outside COPY data as it is read, before it joins a statement: for the dump's header and end. */
        default void line(String line) {}

        /**
         * The script ended; {@code unfinished} holds a statement it ended inside, or is empty; {@code insideCopy} when
         * it ended inside COPY data, before the closing {@code \.} line.
         */
        void end(String unfinished, boolean insideCopy) throws IOException;
    }

    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final Visitor visitor;
    private final char[] chunk = new char[BUFFER];
    private int chunkLength;
    private int chunkPosition;
    private final StringBuilder pending = new StringBuilder();
    private boolean copying;

    private PlainScriptReader(Reader in, Visitor visitor) {
        this.in = in;
        this.visitor = visitor;
    }

    static void read(Reader in, Visitor visitor) throws IOException {
        new PlainScriptReader(in, visitor).read();
    }

    private void read() throws IOException {
        StringBuilder line = new StringBuilder();
        while (readLine(line)) {
            accept(line.toString());
            line.setLength(0);
        }
        if (!copying) {
            flush();
        }
        visitor.end(copying ? "" : pending.toString().strip(), copying);
    }

    private void accept(String line) throws IOException {
        if (copying) {
            visitor.copyData(line);
            copying = !endsCopyData(line);
            return;
        }
        visitor.line(line);
        if (line.stripLeading().startsWith("\\")
                && StatementSplitter.split(pending.toString()).isEmpty()) {
            pending.setLength(0);
            visitor.metaCommand(line.strip());
            return;
        }
        pending.append(line);
        if (line.stripTrailing().endsWith(";")) {
            flush();
        }
    }

    /** Hands over every statement that its semicolon ends; keeps an unfinished one for the following lines. */
    private void flush() throws IOException {
        String text = pending.toString();
        List<SqlStatement> statements = StatementSplitter.split(text);
        int consumed = 0;
        for (SqlStatement statement : statements) {
            if (!terminated(text, statement.endOffset())) {
                break;
            }
            consumed = text.indexOf(';', statement.endOffset()) + 1;
            boolean copy = copiesFromStdin(statement.text());
            visitor.statement(statement.text(), copy);
            copying = copy;
        }
        pending.delete(0, consumed);
        if (StatementSplitter.split(pending.toString()).isEmpty()) {
            pending.setLength(0);
        }
    }

    private static boolean copiesFromStdin(String statement) {
        if (!StatementClassifier.classify(statement).command().equals("COPY")) {
            return false;
        }
        List<SqlTokens.Lexeme> code = SqlTokens.code(statement);
        // COPY (query) is always TO: a "FROM stdin" inside the query names a table and no data follows, so psql
        // reads the next lines as SQL. Only the table form's own FROM, outside parentheses, reads stdin.
        if (code.size() < 2 || code.get(1).text().equals("(")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i + 1 < code.size(); i++) {
            String text = code.get(i).text();
            depth += text.equals("(") ? 1 : text.equals(")") ? -1 : 0;
            if (depth == 0 && code.get(i).isWord("from") && code.get(i + 1).isWord("stdin")) {
                return true;
            }
        }
        return false;
    }

    /** psql ends COPY data only at a line that is exactly {@code \.} (a trailing space keeps it data). */
    static boolean endsCopyData(String line) {
        return line.equals("\\.\n") || line.equals("\\.\r\n") || line.equals("\\.");
    }

    private static boolean terminated(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ';';
    }

    /** Appends the next line with its '\n' (a '\r' stays part of it, as psql reads it); false at the end. */
    private boolean readLine(StringBuilder line) throws IOException {
        while (true) {
            if (chunkPosition == chunkLength) {
                chunkLength = in.read(chunk);
                chunkPosition = 0;
                if (chunkLength <= 0) {
                    chunkLength = 0;
                    return line.length() > 0;
                }
            }
            for (int i = chunkPosition; i < chunkLength; i++) {
                if (chunk[i] == '\n') {
                    line.append(chunk, chunkPosition, i + 1 - chunkPosition);
                    chunkPosition = i + 1;
                    return true;
                }
            }
            line.append(chunk, chunkPosition, chunkLength - chunkPosition);
            chunkPosition = chunkLength;
        }
    }
}
