package io.pgdeck.compare;

import java.util.List;

/** What a comparison is asked and what it answers. */
final class Comparison {

    private Comparison() {}

    /** What to leave out of the comparison: ownership, grants, layout of the text, tablespaces. */
    record Options(Boolean ignoreOwner, Boolean ignorePrivileges, Boolean ignoreWhitespace, Boolean ignoreTablespace) {

        static final Options NONE = new Options(false, false, false, false);

        /** An option left out is off. */
        Options {
            ignoreOwner = Boolean.TRUE.equals(ignoreOwner);
            ignorePrivileges = Boolean.TRUE.equals(ignorePrivileges);
            ignoreWhitespace = Boolean.TRUE.equals(ignoreWhitespace);
            ignoreTablespace = Boolean.TRUE.equals(ignoreTablespace);
        }
    }

    /**
     * @param snapshot the snapshot file's path in storage
     * @param target the side the script changes: {@code live} (the default) or {@code snapshot}
     */
    record Request(String snapshot, Options options, String target) {

        Request {
            options = options == null ? Options.NONE : options;
            target = target == null ? "live" : target;
        }
    }

    /** One object that is not the same on both sides; a side's DDL is null where the object is missing. */
    record Difference(String kind, String name, String status, String liveDdl, String snapshotDdl) {}

    /**
     * The differences in the order that creates the objects, what the script leaves different (each note a sentence
     * for the person reading the comparison), and the script that makes the target match.
     */
    record Result(List<Difference> differences, List<String> notes, String script) {}
}
