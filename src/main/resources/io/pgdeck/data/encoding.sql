-- PostgreSQL's own name for an encoding as a person may write it (latin1, ISO-8859-1, utf-8, win1252),
-- or '' when the server knows no such encoding.
-- Parameters: the encoding's name.
SELECT pg_encoding_to_char(pg_char_to_encoding(?))
