package io.pgdeck.compare;

import io.pgdeck.sql.SqlComments;
import io.pgdeck.web.Problems;
import java.sql.SQLException;
import org.springframework.stereotype.Service;

/** Compares a live schema with a snapshot in storage and writes the script that makes one side match the other. */
@Service
class CompareService {

    private final Snapshots snapshots;
    private final SnapshotFiles files;

    CompareService(Snapshots snapshots, SnapshotFiles files) {
        this.snapshots = snapshots;
        this.files = files;
    }

    Snapshot snapshot(String database, String schema) throws SQLException {
        return snapshots.take(database, schema);
    }

    Comparison.Result compare(String database, String schema, Comparison.Request request) throws SQLException {
        boolean liveIsTarget = switch (request.target()) {
            case "live" -> true;
            case "snapshot" -> false;
            default ->
                throw Problems.badRequest(
                        "'target' is 'live' (change the live schema) or 'snapshot' (change the snapshot's side).");
        };
        Snapshot other = files.read(request.snapshot());
        Snapshot live = snapshots.take(database, schema);
        Sides sides = new Sides(live, other, request.options());
        ScriptWriter.Written written = ScriptWriter.write(sides, liveIsTarget);
        String body = written.script();
        if (!liveIsTarget) {
            body = Sides.rename(body, live.schema(), other.schema());
        }
        return new Comparison.Result(Differences.of(sides), written.notes(), heading(live, other, liveIsTarget) + body);
    }

    private static String heading(Snapshot live, Snapshot other, boolean liveIsTarget) {
        String liveSide = "schema " + live.schema() + " of database " + live.database() + " (live)";
        String snapshotSide = "schema " + other.schema() + " of database " + other.database() + " (snapshot of "
                + other.takenAt() + ")";
        String changed = liveIsTarget ? liveSide : snapshotSide;
        String kept = liveIsTarget ? snapshotSide : liveSide;
        return "--\n-- Makes " + SqlComments.line(changed) + "\n-- match " + SqlComments.line(kept)
                + ", written by pgdeck\n--\n\n";
    }
}
