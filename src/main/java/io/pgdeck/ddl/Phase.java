package io.pgdeck.ddl;

/**
 * Where a kind of statement goes in a script when nothing it depends on says otherwise: roughly pg_dump's order, so
 * that constraints, indexes and foreign keys come after every table, foreign keys and policies last, and default privileges after everything
 * so that they cannot touch what the script creates.
 */
enum Phase {
    SCHEMA,
    COLLATION,
    TYPE,
    FUNCTION,
    AGGREGATE,
    OPERATOR,
    SEQUENCE,
    TABLE,
    VIEW,
    MATERIALIZED_VIEW,
    ATTACH_PARTITION,
    SEQUENCE_OWNED_BY,
    CONSTRAINT,
    INDEX,
    ATTACH_INDEX,
    STATISTICS,
    RULE,
    TRIGGER,
    FOREIGN_KEY,
    POLICY,
    DEFAULT_PRIVILEGES
}
