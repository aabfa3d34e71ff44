package io.pgdeck.data;

import io.pgdeck.web.Problems;

/**
 * Which rows of a relation a client asks for: the filter and order, and the page, either by offset or, for the page
 * right after one it has, by the cursor that page answered with ({@code after}).
 */
record RowsRequest(long offset, int limit, String sort, String filter, String where, String after, boolean full) {

    static final int DEFAULT_LIMIT = 100;
    static final int LARGEST_LIMIT = 10_000;

    RowsRequest {
        if (offset < 0) {
            throw Problems.badRequest("The offset cannot be negative.");
        }
        if (limit < 1 || limit > LARGEST_LIMIT) {
            throw Problems.badRequest("The limit must be between 1 and " + LARGEST_LIMIT + ".");
        }
        if (full && limit != 1) {
            throw Problems.badRequest("Whole values (full=true) are read one row at a time: use limit=1.");
        }
    }

    /** With {@code full}, no value is cut to a preview (one row only: the value viewer and the editor ask so). */
    static RowsRequest of(
            Long offset, Integer limit, String sort, String filter, String where, String after, boolean full) {
        return new RowsRequest(
                offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit,
                sort,
                filter,
                where,
                after == null || after.isBlank() ? null : after,
                full);
    }
}
