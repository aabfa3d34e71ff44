-- A CSV file's first line as text: its bytes decoded from the file's encoding, as COPY will decode the rest.
-- Parameters: the line's bytes, the encoding by PostgreSQL's name.
SELECT convert_from(?, ?)
