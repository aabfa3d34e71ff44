package io.pgdeck.ddl;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A script read from the catalog and ordered, written out item by item so that a large schema's text is never held
 * as one string.
 *
 * @param heading what comes before the items (the whole-schema script's title and settings)
 * @param trailer what comes after them (what the script leaves out)
 */
record Script(String schema, String heading, List<Item> items, String trailer) {

    void writeTo(Writer out) throws IOException {
        out.write(heading);
        for (Item item : items) {
            if (!item.isEmpty()) {
                out.write(item.render("SCHEMA".equals(item.type) ? "-" : schema));
            }
        }
        out.write(trailer);
        out.flush();
    }
}
