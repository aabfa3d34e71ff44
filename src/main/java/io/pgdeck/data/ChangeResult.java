package io.pgdeck.data;

import java.util.List;

/**
 * How many rows a change request inserted, updated and deleted, and the inserted rows as stored (in the page's column
 * order, request order), so the grid keeps showing them even where its filter would not find them again.
 */
record ChangeResult(int inserted, int updated, int deleted, List<List<Object>> insertedRows) {}
