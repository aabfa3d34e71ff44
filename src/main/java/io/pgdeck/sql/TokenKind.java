package io.pgdeck.sql;

/** What PostgreSQL's scanner makes of a run of text. */
enum TokenKind {
    WHITESPACE,
    /** {@code -- ...} up to the end of the line, without trailing blanks. */
    LINE_COMMENT,
    /** A slash-star comment, which may nest. */
    BLOCK_COMMENT,
    /** An unquoted identifier or keyword; {@code $} may appear after the first character. */
    WORD,
    /** {@code "..."} or {@code U&"..."}. */
    QUOTED_IDENTIFIER,
    /** {@code '...'} or {@code N'...'}: only {@code ''} escapes, as standard_conforming_strings = on demands. */
    STRING,
    /** {@code E'...'}: backslash escapes as well as {@code ''}. */
    ESCAPE_STRING,
    /** {@code U&'...'}: escapes are resolved after scanning, so it scans like a plain string. */
    UNICODE_STRING,
    /** {@code B'...'} or {@code X'...'}. */
    BIT_STRING,
    /** {@code $$...$$} or {@code $tag$...$tag$}. */
    DOLLAR_STRING,
    NUMBER,
    /** {@code $1}, {@code $2}, ... */
    PARAMETER,
    OPERATOR,
    /** One of {@code ( ) [ ] , ; . :} or {@code :: := ..}. */
    PUNCTUATION,
    /** Anything else, such as a lone {@code $} or a backslash; the server decides whether it is an error. */
    OTHER
}
