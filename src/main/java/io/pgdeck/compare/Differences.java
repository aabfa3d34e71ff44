package io.pgdeck.compare;

import java.util.ArrayList;
import java.util.List;

/** The objects that are not the same on both sides: those of the snapshot in its order, then those only live. */
final class Differences {

    static final String ONLY_LIVE = "onlyLive";
    static final String ONLY_SNAPSHOT = "onlySnapshot";
    static final String DIFFERENT = "different";

    private Differences() {}

    static List<Comparison.Difference> of(Sides sides) {
        List<Comparison.Difference> found = new ArrayList<>();
        sides.snapshot.forEach((key, theirs) -> {
            Snapshot.Entry ours = sides.live.get(key);
            if (ours == null) {
                found.add(difference(theirs, ONLY_SNAPSHOT, null, theirs.ddl()));
            } else if (!sides.same(ours, theirs)) {
                found.add(difference(theirs, DIFFERENT, ours.ddl(), theirs.ddl()));
            }
        });
        sides.live.forEach((key, ours) -> {
            if (!sides.snapshot.containsKey(key)) {
                found.add(difference(ours, ONLY_LIVE, ours.ddl(), null));
            }
        });
        return found;
    }

    private static Comparison.Difference difference(
            Snapshot.Entry entry, String status, String liveDdl, String snapshotDdl) {
        return new Comparison.Difference(entry.kind(), entry.name(), status, liveDdl, snapshotDdl);
    }
}
