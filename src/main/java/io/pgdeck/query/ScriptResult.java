package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Every statement's result in order, and the error that stopped the script, if one did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScriptResult(List<QueryResult> results, QueryError error) {}
