package io.pgdeck.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One column as the grid shows and edits it.
 *
 * @param type the declared type, as {@code format_type()} writes it: {@code numeric(12,2)}, {@code store.mood[]}
 * @param baseType the internal name of the type a domain stands for ({@code int4}, {@code _text}, {@code jsonb})
 * @param category PostgreSQL's type category letter of that base type (N numeric, A array, E enum, ...)
 * @param reason why the column cannot be edited, when it cannot
 * @param enumLabels the labels, in order, when the column (or its elements) is an enum
 * @param castType the type to cast a text parameter to: schema-qualified and without a modifier
 * @param ordered whether the type sorts and compares with {@code =}; others are compared as text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DataColumn(
        String name,
        String type,
        boolean editable,
        String reason,
        boolean nullable,
        boolean hasDefault,
        String generated,
        String identity,
        String baseType,
        String category,
        List<String> enumLabels,
        @JsonIgnore String castType,
        @JsonIgnore boolean ordered) {

    /** A text parameter cast to the column's type: {@code ?::pg_catalog.int4}. */
    @JsonIgnore
    String parameter() {
        return "?::" + castType;
    }

    /** json or jsonb (or a domain over one): its values are JSON documents. */
    @JsonIgnore
    boolean holdsJson() {
        return baseType.equals("json") || baseType.equals("jsonb");
    }
}
