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

    static List<DumpEntry> leftOut(List<DumpEntry> entries) {
        return entries.stream().filter(entry -> !entry.restore()).toList();
    }
}
