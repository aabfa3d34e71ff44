package io.pgdeck.backup;

import java.util.List;

/**
 * What a file holds and what pgdeck will do with it here: the answer of POST /restores/analysis, shown before a restore
 * runs.
 *
 * @param origin for an archive, where and when it was dumped; null for a script
 * @param entries what the file holds (the first {@link PlainScan#ENTRIES_SHOWN}; {@code entryCount} counts all)
 * @param leftOut the entries pgdeck leaves out, each with its reason
 * @param notes what else the restore does differently from the file, e.g. ownership left out
 * @param options the options the restore runs with, the deployment's defaults and the request's changes together
 */
record RestoreAnalysis(
        String file,
        DumpFormat format,
        boolean compressed,
        long size,
        ArchiveListing.Origin origin,
        String schema,
        int entryCount,
        int leftOutCount,
        List<DumpEntry> entries,
        List<DumpEntry> leftOut,
        List<String> notes,
        RestoreOptions options) {

    /** This analysis with {@code more} notes after its own. */
    RestoreAnalysis withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new RestoreAnalysis(
                file,
                format,
                compressed,
                size,
                origin,
                schema,
                entryCount,
                leftOutCount,
                entries,
                leftOut,
                List.copyOf(all),
                options);
    }

    private static final int LEFT_OUT_LOGGED = 200;

    /** Writes what a restore leaves out, with each reason, into its job's log (the first entries, then a count). */
    static void logLeftOut(io.pgdeck.jobs.JobLog log, List<DumpEntry> leftOut, int count) {
        if (count == 0) {
            log.line("pgdeck: nothing in the file is left out");
            return;
        }
        log.line("pgdeck: leaving out " + count + (count == 1 ? " entry:" : " entries:"));
        List<DumpEntry> shown = leftOut.subList(0, Math.min(leftOut.size(), LEFT_OUT_LOGGED));
        for (DumpEntry entry : shown) {
            log.line("  " + entry.type() + " " + (entry.schema() == null ? "" : entry.schema() + " ") + entry.name()
                    + ": " + entry.reason());
        }
        if (count > shown.size()) {
            log.line("  ... and " + (count - shown.size()) + " more");
        }
    }

    static List<DumpEntry> leftOut(List<DumpEntry> entries) {
        return entries.stream().filter(entry -> !entry.restore()).toList();
    }
}
