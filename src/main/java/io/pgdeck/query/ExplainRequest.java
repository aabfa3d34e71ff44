package io.pgdeck.query;

/** EXPLAIN's options; an option left out keeps the server's default. */
public record ExplainRequest(
        String sql,
        Boolean analyze,
        Boolean verbose,
        Boolean costs,
        Boolean buffers,
        Boolean timing,
        Boolean summary,
        Boolean settings,
        Boolean wal) {

    boolean analyzes() {
        return Boolean.TRUE.equals(analyze);
    }
}
