package io.pgdeck.storage;

import io.pgdeck.audit.Audit;
import io.pgdeck.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Storage Manager's API. Storage is pgdeck's own area, not the managed database, so every deployment (production
 * included) may use it; writes still need the session and the CSRF token like every unsafe request.
 */
@RestController
@RequestMapping("/api/v1/files")
class StorageController {

    private static final int DOWNLOAD_BUFFER_SIZE = 256 * 1024;

    record MoveRequest(String from, String to) {}

    /** {@code maxAge} is an ISO-8601 duration (P7D is written PT168H); {@code maxAgeSeconds} the same in seconds. */
    record Usage(long used, long quota, String maxAge, long maxAgeSeconds) {}

    private final StorageFiles files;
    private final StorageUploads uploads;
    private final FormUploads formUploads;
    private final StorageQuota quota;
    private final StorageProperties properties;
    private final Audit audit;

    StorageController(
            StorageFiles files,
            StorageUploads uploads,
            FormUploads formUploads,
            StorageQuota quota,
            StorageProperties properties,
            Audit audit) {
        this.audit = audit;
        this.files = files;
        this.uploads = uploads;
        this.formUploads = formUploads;
        this.quota = quota;
        this.properties = properties;
    }

    @Operation(summary = "List a folder of the storage area (path empty or absent: the top)")
    @GetMapping
    StorageFiles.Listing list(@RequestParam(defaultValue = "") String path) {
        return files.list(path);
    }

    @Operation(summary = "Bytes used and the quota; files older than maxAge are removed")
    @GetMapping("/usage")
    Usage usage() {
        Duration maxAge = properties.maxAge();
        return new Usage(quota.used(), quota.limit(), maxAge.toString(), maxAge.toSeconds());
    }

    @Operation(summary = "Download a file (streamed; Range requests answered with 206)")
    @GetMapping("/content")
    ResponseEntity<Resource> download(
            @RequestParam String path,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            HttpServletResponse response)
            throws IOException {
        FileSystemResource body = audit.attempt(
                "storage",
                null,
                "download " + path,
                Map.of("action", "download", "path", path, "range", String.valueOf(range)),
                () -> new FileSystemResource(files.file(path)));
        if (range != null && !satisfiable(range, body)) {
            // Spring would answer 416 but still send the whole file; answer it with no body.
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + body.contentLength())
                    .build();
        }
        // Spring copies the file in 8 KB writes; a larger response buffer sends it to the socket in larger ones.
        response.setBufferSize(DOWNLOAD_BUFFER_SIZE);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(body.getFilename()))
                .lastModified(body.lastModified())
                .body(body);
    }

    /** Whether Spring can answer the Range header with regions of the file (it writes them for the 206). */
    private static boolean satisfiable(String range, Resource file) {
        try {
            HttpRange.toResourceRegions(HttpRange.parseRanges(range), file);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Operation(
            summary = "Upload the request body as a file (streamed); 409 if it exists unless overwrite=true",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                                            schema = @Schema(type = "string", format = "binary"))))
    @PutMapping("/content")
    ResponseEntity<StorageEntry> upload(
            @RequestParam String path,
            @RequestParam(defaultValue = "false") boolean overwrite,
            HttpServletRequest request)
            throws IOException {
        long length = request.getContentLengthLong();
        return audit.attempt(
                "storage",
                null,
                "upload " + path,
                Map.of("action", "upload", "path", path, "overwrite", overwrite),
                () -> upload(path, overwrite, request, length));
    }

    private ResponseEntity<StorageEntry> upload(String path, boolean overwrite, HttpServletRequest request, long length)
            throws IOException {
        try (StorageUploads.Upload upload = uploads.begin(path, overwrite);
                InputStream body = request.getInputStream()) {
            uploads.requireRoom(length);
            boolean replacing = Files.exists(upload.target());
            long written = upload.write(body);
            if (length >= 0 && written != length) {
                throw StorageUploads.interrupted(new IOException("body shorter than Content-Length"));
            }
            return ResponseEntity.status(replacing ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(upload.commit());
        }
    }

    @Operation(
            summary = "Upload files from a browser form (multipart/form-data, several files, streamed); all or none",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schemaProperties =
                                                    @SchemaProperty(
                                                            name = "files",
                                                            array =
                                                                    @ArraySchema(
                                                                            schema =
                                                                                    @Schema(
                                                                                            type = "string",
                                                                                            format = "binary"))))))
    @PostMapping(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StorageFiles.Listing> uploadForm(
            @RequestParam(defaultValue = "") String path,
            @RequestParam(defaultValue = "false") boolean overwrite,
            HttpServletRequest request) {
        List<StorageEntry> stored = audit.attempt(
                "storage",
                null,
                "upload to " + path,
                Map.of("action", "upload", "path", path, "overwrite", overwrite),
                () -> formUploads.receive(path, overwrite, request));
        return ResponseEntity.status(HttpStatus.CREATED).body(new StorageFiles.Listing(path, stored));
    }

    @Operation(summary = "Create a folder (its parent must exist)")
    @PostMapping("/directories")
    ResponseEntity<StorageEntry> createDirectory(@RequestParam String path) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(audit.attempt(
                        "storage",
                        null,
                        "create folder " + path,
                        Map.of("action", "create-folder", "path", path),
                        () -> files.createDirectory(path)));
    }

    @Operation(summary = "Rename or move a file or folder; 409 if the target exists")
    @PostMapping("/move")
    StorageEntry move(@RequestBody MoveRequest request) {
        if (request.from() == null || request.to() == null) {
            throw Problems.badRequest("Give both 'from' and 'to', paths inside storage.");
        }
        return audit.attempt(
                "storage",
                null,
                "move " + request.from() + " to " + request.to(),
                Map.of("action", "move", "from", request.from(), "to", request.to()),
                () -> files.move(request.from(), request.to()));
    }

    @Operation(summary = "Delete a file, or a folder (with content only when recursive=true)")
    @DeleteMapping
    ResponseEntity<Void> delete(@RequestParam String path, @RequestParam(defaultValue = "false") boolean recursive) {
        audit.perform(
                "storage",
                null,
                "delete " + path,
                Map.of("action", "delete", "path", path, "recursive", recursive),
                () -> files.delete(path, recursive));
        return ResponseEntity.noContent().build();
    }
}
