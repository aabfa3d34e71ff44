package io.pgdeck.library;

import io.pgdeck.audit.Actor;
import io.pgdeck.library.SavedQuery.Draft;
import io.pgdeck.library.SavedQuery.ImportReport;
import io.pgdeck.library.SavedQuery.Summary;
import io.pgdeck.library.SavedQuery.Version;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team's query library. Saving a query writes pgdeck's own state, never the database, so production allows it
 * as it allows reading.
 */
@RestController
@RequestMapping("/api/v1/saved-queries")
final class SavedQueryController {

    record Items(List<Summary> items) {}

    record Created(String id, int version) {}

    private final SavedQueries library;
    private final LibraryTransfer transfer;

    SavedQueryController(SavedQueries library, LibraryTransfer transfer) {
        this.library = library;
        this.transfer = transfer;
    }

    @GetMapping
    Items searchSavedQueries(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String folder,
            @RequestParam(required = false) String tag) {
        return new Items(library.search(q, folder, tag));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created saveQuery(@RequestBody Draft draft, Principal principal) {
        return new Created(library.create(draft.checked(), savedBy(principal)), 1);
    }

    @GetMapping("/{id}")
    Version openSavedQuery(@PathVariable String id) {
        return library.current(id);
    }

    @PutMapping("/{id}")
    Version saveNewVersion(@PathVariable String id, @RequestBody Draft draft, Principal principal) {
        return library.update(id, draft.checked(), savedBy(principal));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSavedQuery(@PathVariable String id) {
        library.delete(id);
    }

    @GetMapping("/{id}/versions")
    Map<String, List<Version>> listVersions(@PathVariable String id) {
        return Map.of("items", library.versions(id));
    }

    @GetMapping("/{id}/versions/{version}")
    Version openVersion(@PathVariable String id, @PathVariable int version) {
        return library.version(id, version);
    }

    /** Saves an earlier version's content as the newest version; history is never rewritten. */
    @PostMapping("/{id}/versions/{version}/restore")
    Version restoreVersion(@PathVariable String id, @PathVariable int version, Principal principal) {
        Version earlier = library.version(id, version);
        Draft draft = earlier.draft();
        return library.update(
                id,
                new Draft(
                        draft.name(),
                        draft.folder(),
                        draft.tags(),
                        draft.description(),
                        draft.database(),
                        draft.sql(),
                        null),
                savedBy(principal));
    }

    @GetMapping("/export")
    ResponseEntity<LibraryTransfer.LibraryFile> exportLibrary() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pgdeck-library.json\"")
                .body(transfer.export());
    }

    @PostMapping("/import")
    ImportReport importLibrary(@RequestBody LibraryTransfer.LibraryFile file, Principal principal) {
        return transfer.importFile(file, savedBy(principal));
    }

    /** The person the platform's proxy names (pgdeck.identity.header) when there is one, else the team account. */
    private static String savedBy(Principal principal) {
        String person = Actor.current().person();
        return person != null ? person : principal.getName();
    }
}
