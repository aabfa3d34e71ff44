package io.pgdeck.backup;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.state.StateProperties;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a restore will do, worked out before anything runs: the file found and recognised, the options checked, what
 * the dump holds and what pgdeck leaves out here and why, and whether it replaces a schema that exists (with what
 * depends on it) or merges into it. Restores runs what this plans.
 */
@Component
final class RestorePlans {

    /** An archive's plan, and the schema replacement it makes when its schema exists here (null when none). */
    record ArchiveRestore(ArchiveAnalyzer.Plan plan, SchemaReplacement replacement) {}

    private final StorageArea storage;
    private final DumpInspector inspector;
    private final ServerTools tools;
    private final ServerConnections connections;
    private final OptionsReader optionsReader;
    private final boolean multiTenant;
    private final Path work;

    RestorePlans(
            StorageArea storage,
            DumpInspector inspector,
            ServerTools tools,
            ServerConnections connections,
            OptionsReader optionsReader,
            DeploymentSettings deployment,
            StateProperties state) {
        this.storage = storage;
        this.inspector = inspector;
        this.tools = tools;
        this.connections = connections;
        this.optionsReader = optionsReader;
        this.multiTenant = deployment.isMultiTenant();
        this.work = Restores.workFolder(state);
    }

    RestoreOptions defaults() {
        return RestoreOptions.defaults(multiTenant);
    }

    RestoreAnalysis analyse(String database, RestoreRequest request) {
        Source source = source(request);
        RestoreOptions options = options(request, source);
        if (source.kind().format().isArchive()) {
            return archivePlan(database, source, request.schema(), options)
                    .plan()
                    .analysis();
        }
        try (TargetFacts facts = TargetFacts.read(connections, database)) {
            String replaced = plainReplaced(source, facts, options);
            RestoreOptions decided = decided(options, replaced);
            PlainScan scan = scanPlain(source, facts, decided, null, replaced);
            RestoreAnalysis analysis = plainAnalysis(source, scan, decided);
            return replaced == null
                    ? analysis
                    : analysis.withNotes(SchemaReplacement.read(connections, database, replaced)
                            .notes());
        }
    }

    /** A plain script's one schema when it exists here and the restore is not a merge; else null. */
    String plainReplaced(Source source, TargetFacts facts, RestoreOptions options) {
        if (RestoreOptions.MERGE.equals(options.mode())) {
            return null;
        }
        List<String> schemas = scanPlain(source, facts, options, null, null).entries().stream()
                .filter(entry -> entry.type().equals("CREATE SCHEMA"))
                .map(DumpEntry::name)
                .distinct()
                .toList();
        return schemas.size() == 1 && facts.schemaOwner(schemas.get(0)).isPresent() ? schemas.get(0) : null;
    }

    static RestoreOptions decided(RestoreOptions options, String replaced) {
        return options.withMode(replaced == null ? RestoreOptions.MERGE : RestoreOptions.REPLACE);
    }

    PlainScan scanPlain(Source source, TargetFacts facts, RestoreOptions options, Writer output, String replaced) {
        RestorePolicy policy = new RestorePolicy(multiTenant, facts, options, replaced);
        PlainScan scan = new PlainScan(source.file(), new PlainStatements(policy, facts), output);
        try (InputStream in = DumpInspector.open(source.path(), source.kind().gzip());
                Reader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
            PlainScriptReader.read(reader, scan);
        } catch (IOException e) {
            if (output != null) {
                throw new UncheckedIOException(e);
            }
            throw new NotRestorableException(source.file(), "it cannot be read to the end (" + e.getMessage() + ").");
        }
        return scan;
    }

    private RestoreAnalysis plainAnalysis(Source source, PlainScan scan, RestoreOptions options) {
        List<DumpEntry> leftOut = RestoreAnalysis.leftOut(scan.entries());
        return new RestoreAnalysis(
                source.file(),
                DumpFormat.PLAIN,
                source.kind().gzip(),
                size(source.path()),
                null,
                null,
                scan.entryCount(),
                scan.leftOutCount(),
                scan.entries(),
                leftOut,
                List.of(),
                options);
    }

    ArchiveRestore archivePlan(String database, Source source, String schema, RestoreOptions options) {
        ArchiveListing listing = inspector.list(source.file(), source.path());
        inspector.requireComplete(source.file(), source.path(), source.kind().format(), listing);
        try (TargetFacts facts = TargetFacts.read(connections, database)) {
            String replaced = replacedSchema(listing, schema, options, facts);
            RestoreOptions decided = options.withMode(replaced == null ? RestoreOptions.MERGE : RestoreOptions.REPLACE);
            ArchiveAnalyzer analyzer =
                    new ArchiveAnalyzer(new RestorePolicy(multiTenant, facts, decided, replaced), facts, schema);
            Map<Integer, String> privileges = PrivilegeStatements.read(
                    tools.require("pg_restore"),
                    work,
                    source.file(),
                    source.path(),
                    analyzer.needingStatements(listing, decided));
            ArchiveAnalyzer.Plan plan =
                    analyzer.plan(source.file(), source.kind(), size(source.path()), listing, privileges, decided);
            if (replaced == null) {
                String dumped = dumpedSchema(listing, schema);
                return dumped == null || facts.schemaOwner(dumped).isEmpty()
                        ? new ArchiveRestore(plan, null)
                        : new ArchiveRestore(
                                withNotes(plan, MergeClashes.notes(connections, database, dumped, listing.entries())),
                                null);
            }
            SchemaReplacement replacement = SchemaReplacement.read(connections, database, replaced);
            return new ArchiveRestore(withNotes(plan, replacement.notes()), replacement);
        }
    }

    private static ArchiveAnalyzer.Plan withNotes(ArchiveAnalyzer.Plan plan, List<String> notes) {
        return new ArchiveAnalyzer.Plan(plan.analysis().withNotes(notes), plan.useList(), plan.options());
    }

    /** The archive's one schema, or the one the request limits it to; null when it holds several and none is named. */
    private static String dumpedSchema(ArchiveListing listing, String schema) {
        List<String> schemas = listing.entries().stream()
                .filter(entry -> entry.desc().equals("SCHEMA"))
                .map(TocEntry::tag)
                .toList();
        String candidate = schema != null ? schema : schemas.size() == 1 ? schemas.get(0) : null;
        return candidate != null && schemas.contains(candidate) ? candidate : null;
    }

    /**
     * The schema a restore replaces: the archive's one schema (or the one the request limits it to) when it exists
     * here and the restore is neither a merge, nor data only, nor a clean of its own.
     */
    private static String replacedSchema(
            ArchiveListing listing, String schema, RestoreOptions options, TargetFacts facts) {
        if (RestoreOptions.MERGE.equals(options.mode())
                || options.typeOfObjects().onlyData()
                || options.queries().clean()) {
            return null;
        }
        String dumped = dumpedSchema(listing, schema);
        return dumped != null && facts.schemaOwner(dumped).isPresent() ? dumped : null;
    }

    RestoreOptions options(RestoreRequest request, Source source) {
        RestoreOptions options = optionsReader.read(request.options(), defaults(), RestoreOptions.class);
        if (request.schema() != null && request.schema().isBlank()) {
            throw Problems.badRequest("'schema' is empty: leave it out to restore everything.");
        }
        RestoreChecks.require(options, source.kind().format(), request.schema());
        if (options.mode() != null
                && !List.of(RestoreOptions.REPLACE, RestoreOptions.MERGE).contains(options.mode())) {
            throw Problems.badRequest("'mode' is replace or merge.");
        }
        return options;
    }

    Source source(RestoreRequest request) {
        Backups.requireText(request.file(), "Name the file to restore in 'file', e.g. backups/app.dump.");
        Path path = storage.resolve(request.file());
        if (!Files.exists(path)) {
            throw Problems.notFound("There is no file '" + request.file() + "' in storage.");
        }
        String file = storage.pathOf(path);
        return new Source(file, path, inspector.detect(file, path));
    }

    static long size(Path path) {
        try {
            return BackupFiles.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file to restore: its storage path, where it is, and what kind of dump it is. */
    record Source(String file, Path path, DumpInspector.Kind kind) {}
}
