/** PostgreSQL's reserved key words (Appendix C): as bare identifiers they would not parse. */
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when ' +
    'where window with'
  ).split(' '),
);

/** Quotes an identifier unless PostgreSQL would read it back unchanged, as quote_ident() does. */
export function quoteIdent(name: string): string {
  const plain = /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name);
  return plain ? name : `"${name.replace(/"/g, '""')}"`;
}
