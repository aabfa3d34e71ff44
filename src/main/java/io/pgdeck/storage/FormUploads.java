package io.pgdeck.storage;

import io.pgdeck.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.stereotype.Component;

/**
 * The browser's upload: a multipart/form-data body with one or more files, parsed as it arrives and written straight
 * into the storage area (never buffered in memory or in the container's temporary folder). All files of a request are
 * stored, or none.
 */
@Component
final class FormUploads {

    private final StorageUploads uploads;
    private final StorageArea area;

    FormUploads(StorageUploads uploads, StorageArea area) {
        this.uploads = uploads;
        this.area = area;
    }

    List<StorageEntry> receive(String folder, boolean overwrite, HttpServletRequest request) {
        area.requireFolder(area.resolve(folder));
        uploads.requireRoom(request.getContentLengthLong());
        List<StorageUploads.Upload> staged = new ArrayList<>();
        try {
            FileItemInputIterator parts = parser().getItemIterator(request);
            while (hasNext(parts)) {
                FileItemInput part = next(parts);
                String name = part.isFormField() ? null : fileName(part);
                if (name != null && !name.isEmpty()) {
                    stage(uploads.begin(child(folder, name), overwrite), part, staged);
                }
            }
            if (staged.isEmpty()) {
                throw Problems.badRequest("The form holds no file: send files as multipart/form-data parts.");
            }
            return staged.stream().map(StorageUploads.Upload::commit).toList();
        } catch (IOException e) {
            throw StorageUploads.interrupted(e);
        } finally {
            staged.forEach(StorageUploads.Upload::close);
        }
    }

    private void stage(StorageUploads.Upload upload, FileItemInput part, List<StorageUploads.Upload> staged)
            throws IOException {
        boolean duplicate = staged.stream().anyMatch(other -> other.target().equals(upload.target()));
        staged.add(upload);
        if (duplicate) {
            throw Problems.badRequest("The form holds two files named " + area.describe(upload.target()) + ".");
        }
        try (InputStream body = part.getInputStream()) {
            upload.write(body);
        }
    }

    /** A browser sends the file's own name; one with a folder in it is refused like any other unsafe path. */
    private static String fileName(FileItemInput part) {
        String name;
        try {
            name = part.getName();
        } catch (InvalidPathException e) {
            throw StorageArea.refused("a file name in the form contains a NUL character");
        }
        if (name != null && name.indexOf('/') >= 0) {
            throw StorageArea.refused("a file name in the form contains '/': send the file's own name");
        }
        return name;
    }

    private static String child(String folder, String name) {
        return folder.isEmpty() || folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    private static JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser() {
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
        // Browsers send file names in UTF-8 whatever the request's declared encoding.
        parser.setHeaderCharset(StandardCharsets.UTF_8);
        // Room for the longest path pgdeck accepts, so an over-long name gets the same answer as everywhere else.
        parser.setMaxPartHeaderSize(4 * StorageArea.MAX_PATH_BYTES);
        return parser;
    }

    private static boolean hasNext(FileItemInputIterator parts) {
        try {
            return parts.hasNext();
        } catch (IOException e) {
            throw StorageUploads.interrupted(e);
        }
    }

    private static FileItemInput next(FileItemInputIterator parts) {
        try {
            return parts.next();
        } catch (IOException e) {
            throw StorageUploads.interrupted(e);
        }
    }
}
