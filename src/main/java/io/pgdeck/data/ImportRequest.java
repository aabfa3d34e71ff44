package io.pgdeck.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pgdeck.web.Problems;

/**
 * The body of POST .../tables/{table}/import: a CSV file in storage and how it is written.
 *
 * @param file the file's path in the storage area, e.g. {@code uploads/customers.csv}
 */
record ImportRequest(String file, Options options) {

    /**
     * How the file is written; any left out takes COPY's CSV default.
     *
     * @param header whether the first line names the columns (default true)
     * @param delimiter one character between fields (default {@code ,})
     * @param quote one character around fields that hold delimiters, quotes or line breaks (default {@code "})
     * @param nullString the unquoted text that stands for NULL (default: an empty field)
     * @param encoding the file's encoding by PostgreSQL's name for it (default UTF8; LATIN1, WIN1252, ...)
     */
    record Options(
            Boolean header,
            String delimiter,
            String quote,
            @JsonProperty("null") String nullString,
            String encoding) {

        static Options defaults() {
            return new Options(null, null, null, null, null);
        }

        /** The options with their defaults filled in, each refused with a clear 400 that COPY would refuse. */
        CsvImport.Options checked() {
            CsvImport.Options defaults = CsvImport.Options.defaults();
            char delimiterChar = single("delimiter", delimiter, defaults.delimiter());
            char quoteChar = single("quote", quote, defaults.quote());
            if (delimiterChar == quoteChar) {
                throw Problems.badRequest("The delimiter and the quote must differ; both are '" + delimiterChar + "'.");
            }
            String nulls = nullString == null ? defaults.nullString() : nullString;
            if (nulls.indexOf(delimiterChar) >= 0 || nulls.indexOf(quoteChar) >= 0 || hasLineBreak(nulls)) {
                throw Problems.badRequest(
                        "The NULL string '" + nulls + "' must not hold the delimiter, the quote or a" + " line break.");
            }
            String encodingName = encoding == null || encoding.isBlank() ? defaults.encoding() : encoding.strip();
            return new CsvImport.Options(
                    header == null ? defaults.header() : header, delimiterChar, quoteChar, nulls, encodingName);
        }

        /** COPY takes one single-byte character, and never a line break, which would end the line instead. */
        private static char single(String option, String value, char fallback) {
            if (value == null) {
                return fallback;
            }
            if (value.length() != 1 || value.charAt(0) > 0x7f || hasLineBreak(value)) {
                throw Problems.badRequest("The " + option + " must be one ASCII character other than a line break,"
                        + " not '" + value + "'.");
            }
            return value.charAt(0);
        }

        private static boolean hasLineBreak(String text) {
            return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        }
    }

    Options optionsOrDefaults() {
        return options == null ? Options.defaults() : options;
    }
}
