package io.pgdeck.data;

/** A relation as a request names it: schema, name and the kind its path says it is. */
record RelationName(String schema, String name, RelationKind kind) {}
