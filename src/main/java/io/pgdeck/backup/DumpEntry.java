package io.pgdeck.backup;

/**
 * One thing a dump holds, as the analysis shows it: an archive's table-of-contents entry, or a statement (or a run of
 * data statements for one table) of a plain script.
 *
 * @param id the archive's dump id, or the statement's number in the script (from 1)
 * @param type e.g. TABLE, ACL, DATABASE; for a script the command, e.g. CREATE TABLE
 * @param restore whether pgdeck restores it
 * @param reason why not, when it does not
 */
record DumpEntry(int id, String type, String schema, String name, String owner, boolean restore, String reason) {}
