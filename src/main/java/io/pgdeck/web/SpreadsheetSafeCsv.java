package io.pgdeck.web;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * CSV a spreadsheet opens as data, never as formulas (CSV injection, OWASP): a field whose value starts with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}, inside its quotes when it is quoted. It reads
 * the CSV as it streams (COPY's CSV or pgdeck's own), byte by byte, holding nothing back.
 */
public final class SpreadsheetSafeCsv extends FilterOutputStream {

    private boolean fieldStart = true;
    private boolean valueStart;
    private boolean quoted;

    public SpreadsheetSafeCsv(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (fieldStart) {
            fieldStart = false;
            if (b == '"') {
                quoted = true;
                valueStart = true;
                out.write(b);
                return;
            }
            guard(b);
        } else if (valueStart) {
            valueStart = false;
            if (b != '"') {
                guard(b);
            }
        }
        if (b == '"') {
            quoted = !quoted;
        } else if (!quoted && (b == ',' || b == '\n')) {
            fieldStart = true;
        }
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    private void guard(int b) throws IOException {
        if (b == '=' || b == '+' || b == '-' || b == '@' || b == '\t' || b == '\r') {
            out.write('\'');
        }
    }
}
