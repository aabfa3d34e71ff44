package io.pgdeck.data;

import io.pgdeck.sql.ObjectKind;

/** A relation as a request names it: schema, name and the kind its path says it is. */
record RelationName(String schema, String name, ObjectKind kind) {}
