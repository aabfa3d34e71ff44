package io.pgdeck.data;

/** How many rows a change request inserted, updated and deleted. */
record ChangeResult(int inserted, int updated, int deleted) {}
