package io.pgdeck.backup;

import io.pgdeck.sql.SqlTokens;
import io.pgdeck.sql.SqlTokens.Lexeme;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over a plain SQL script: checks that it is SQL and whole, decides each statement with
 * {@link PlainStatements}, and, when given somewhere to write, passes on what is kept (statements and their COPY
 * data, byte for byte) for psql. The analysis and the restore make the same pass, so they agree.
 */
final class PlainScan implements PlainScriptReader.Visitor {

    static final int ENTRIES_SHOWN = 10_000;
    private static final String DUMP_HEADER = "-- PostgreSQL database dump";
    private static final String DUMP_END = "-- PostgreSQL database dump complete";

    private final String file;
    private final PlainStatements statements;
    private final Writer output;
    private final List<DumpEntry> entries = new ArrayList<>();
    private int entryCount;
    private int leftOut;
    private int statementNumber;
    private int lines;
    private boolean skippingCopy;
    private boolean dumpHeader;
    private boolean dumpEnd;
    private String lastDataKey;

    PlainScan(String file, PlainStatements statements, Writer output) {
        this.file = file;
        this.statements = statements;
        this.output = output;
    }

    List<DumpEntry> entries() {
        return entries;
    }

    int entryCount() {
        return entryCount;
    }

    int leftOutCount() {
        return leftOut;
    }

    @Override
    public void line(String line) {
        lines++;
        if (line.indexOf('\0') >= 0) {
            throw new NotRestorableException(
                    file,
                    "it holds binary data (line " + lines + " has a NUL byte), so it is neither a pg_dump file"
                            + " nor a SQL script.");
        }
        if (lines <= 5 && line.startsWith(DUMP_HEADER)) {
            dumpHeader = true;
        }
        if (line.startsWith(DUMP_END)) {
            dumpEnd = true;
        }
    }

    @Override
    public void statement(String text, boolean copyFromStdin) throws IOException {
        statementNumber++;
        String readable = utf8(text);
        List<Lexeme> code = SqlTokens.code(readable);
        requireSql(readable, code);
        PlainStatements.Decision decision = statements.decide(readable, code);
        record(decision);
        skippingCopy = copyFromStdin && decision.leftOut().isPresent();
        if (output != null && decision.leftOut().isEmpty()) {
            output.write(text);
            // On a line of its own: a statement may end in a "--" comment, which would swallow a semicolon after it.
            output.write("\n;\n");
        }
    }

    @Override
    public void copyData(String line) throws IOException {
        if (output != null && !skippingCopy) {
            output.write(line);
        }
    }

    @Override
    public void metaCommand(String line) {
        Optional<String> kind = PlainStatements.metaCommand(line);
        if (kind.isEmpty()) {
            throw new NotRestorableException(
                    file,
                    "it holds the psql meta-command '" + abbreviate(utf8(line)) + "', and pgdeck restores SQL only.");
        }
        if (kind.get().equals("connect")) {
            add(new DumpEntry(
                    statementNumber,
                    "\\connect",
                    null,
                    utf8(line).substring(line.indexOf(' ') + 1).strip(),
                    null,
                    false,
                    "The restore goes into the database you chose; the script's \\connect is left out."));
            leftOut++;
        }
    }

    @Override
    public void end(String unfinished, boolean insideCopy) {
        if (insideCopy) {
            throw new NotRestorableException(
                    file, "it ends inside the data of a COPY, before its closing \\. line: it is truncated.");
        }
        if (!unfinished.isEmpty()) {
            requireSql(utf8(unfinished), SqlTokens.code(utf8(unfinished)));
            throw new NotRestorableException(
                    file, "it ends inside a statement ('" + abbreviate(utf8(unfinished)) + "'): it looks truncated.");
        }
        if (dumpHeader && !dumpEnd) {
            throw new NotRestorableException(
                    file, "it ends before pg_dump's closing line ('" + DUMP_END.substring(3) + "'): it is truncated.");
        }
        if (statementNumber == 0) {
            throw new NotRestorableException(file, "it holds no SQL statements.");
        }
    }

    private void requireSql(String text, List<Lexeme> code) {
        if (!PlainStatements.readsAsSql(code)) {
            throw new NotRestorableException(
                    file,
                    "statement " + statementNumber + " does not read as SQL ('" + abbreviate(text)
                            + "'): it is neither a pg_dump file nor a SQL script.");
        }
        if (code.stream()
                .anyMatch(lexeme ->
                        lexeme.kind() == SqlTokens.Kind.OTHER && lexeme.text().equals("\\"))) {
            throw new NotRestorableException(
                    file,
                    "statement " + statementNumber + " holds a psql meta-command ('" + abbreviate(text)
                            + "'), and pgdeck restores SQL only.");
        }
    }

    /** Data statements for one table come as a single entry, however many INSERTs there are. */
    private void record(PlainStatements.Decision decision) {
        boolean kept = decision.leftOut().isEmpty();
        if (!kept) {
            leftOut++;
        }
        boolean data = decision.type().equals("INSERT") || decision.type().equals("COPY");
        String key = decision.type() + " " + decision.name() + " " + kept;
        if (data && key.equals(lastDataKey)) {
            return;
        }
        lastDataKey = data ? key : null;
        add(new DumpEntry(
                statementNumber,
                data ? decision.type() + " (data)" : decision.type(),
                null,
                decision.name(),
                null,
                kept,
                decision.leftOut().orElse(null)));
    }

    private void add(DumpEntry entry) {
        entryCount++;
        if (entries.size() < ENTRIES_SHOWN) {
            entries.add(entry);
        }
    }

    /** The script is read as ISO-8859-1 so that its bytes pass through unchanged; people read it as UTF-8. */
    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
