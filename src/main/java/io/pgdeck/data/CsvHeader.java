package io.pgdeck.data;

import io.pgdeck.web.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first line of a CSV file, read off the stream to learn which columns the file holds, in the file's order. The
 * bytes read are kept so that COPY still sees the whole file, header included, and counts its lines from the top.
 */
record CsvHeader(List<String> names, byte[] bytes) {

    static final int LONGEST = 1 << 20;

    static CsvHeader read(InputStream in, char delimiter, char quote, String encoding) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean quoted = false;
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == quote) {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                break;
            }
            if (line.size() > LONGEST) {
                throw Problems.badRequest("The first line of the file is longer than " + LONGEST + " bytes: is it"
                        + " really a CSV header?");
            }
        }
        byte[] bytes = line.toByteArray();
        return new CsvHeader(fields(new String(bytes, charset(encoding)), delimiter, quote), bytes);
    }

    private static List<String> fields(String line, char delimiter, char quote) {
        String text = line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line.strip();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                field.append(quote);
                i++;
            } else if (c == quote) {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Java's name for a PostgreSQL encoding name (UTF8, LATIN1, WIN1252, ...); the header is only read with it. */
    private static Charset charset(String encoding) {
        String name = encoding.toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        String java = switch (name) {
            case "UTF8", "UNICODE" -> "UTF-8";
            case "SQLASCII" -> "ISO-8859-1";
            default ->
                name.startsWith("LATIN")
                        ? "ISO-8859-" + name.substring(5)
                        : name.startsWith("WIN") ? "windows-" + name.substring(3) : encoding;
        };
        try {
            return Charset.forName(java);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
