package io.pgdeck.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of rows with what the grid needs to show and edit them.
 *
 * @param key the columns that name a row; empty when none does (and the relation is then read-only)
 * @param readOnlyReason why nothing here can be edited, when that is so
 * @param estimatedCount the planner's estimate of how many rows the filter leaves, on the first page (offset 0, no
 *     cursor); the exact count is on demand
 * @param more whether rows follow this page: a page of the limit's rows may be the last
 * @param next a cursor for the page after this one, when there is one and the order is total
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowsPage(
        String schema,
        String name,
        String kind,
        List<DataColumn> columns,
        List<String> key,
        List<ForeignKey> foreignKeys,
        boolean editable,
        String readOnlyReason,
        List<List<Object>> rows,
        long offset,
        Long estimatedCount,
        boolean more,
        String next) {}
