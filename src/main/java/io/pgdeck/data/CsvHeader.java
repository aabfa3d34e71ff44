package io.pgdeck.data;

import io.pgdeck.web.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The first line of a CSV file, read off the stream to learn which columns the file holds, in the file's order. The
 * bytes read are kept so that COPY still sees the whole file, header included, and counts its lines from the top.
 */
record CsvHeader(List<String> names, byte[] bytes) {

    static final int LONGEST = 1 << 20;

    /** Reads up to and including the first line break outside quotes: the header's bytes, in the file's encoding. */
    static byte[] firstLine(InputStream in, char quote) throws IOException {
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
        return line.toByteArray();
    }

    /** The header whose bytes are {@code bytes} and whose text, decoded from the file's encoding, is {@code text}. */
    static CsvHeader parse(byte[] bytes, String text, char delimiter, char quote) {
        return new CsvHeader(fields(text, delimiter, quote), bytes);
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
}
