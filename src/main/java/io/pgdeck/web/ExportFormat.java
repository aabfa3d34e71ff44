package io.pgdeck.web;

import java.util.Locale;

/** What a whole result or table is downloaded as: the Query Tool's and View/Edit Data's exports offer the same two. */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    public final String mediaType;
    public final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format a request names ({@code csv} when it names none); 400 for any other. */
    public static ExportFormat of(String name) {
        try {
            return valueOf((name == null ? "csv" : name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("Export as csv or json, not '" + name + "'.");
        }
    }
}
