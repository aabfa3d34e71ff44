package io.pgdeck.sql;

/**
 * What {@link StatementClassifier} makes of one statement.
 *
 * @param command the leading command keywords in upper case, such as {@code SELECT}, {@code CREATE TABLE} or
 *     {@code START TRANSACTION}; empty when the statement does not start with a keyword
 * @param plainSelect true only for a query that cannot write or lock anything by its syntax alone; it may still call a
 *     function that does, so a read-only transaction remains the real guard
 * @param transactionControl true for a statement that begins, ends or marks a point in a transaction
 */
public record StatementClassification(String command, boolean plainSelect, boolean transactionControl) {}
