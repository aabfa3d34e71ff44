package io.pgdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention sweep (max-age 7 days in the test deployment), called as the scheduler calls it. */
class StorageRetentionTest extends StorageFolderTest {

    @Autowired
    StorageRetention retention;

    @Test
    void removesFilesOlderThanTheMaximumAgeAndKeepsTheRest() throws IOException {
        Path old = write("old.dump", Duration.ofDays(8));
        Path nested = write("backups/2024/old-too.dump", Duration.ofDays(30));
        Path young = write("young.dump", Duration.ofDays(6));
        Path fresh = write("backups/fresh.dump", Duration.ZERO);

        retention.sweep();

        assertThat(old).doesNotExist();
        assertThat(nested).doesNotExist();
        assertThat(young).exists();
        assertThat(fresh).exists();
    }

    @Test
    void removesOldFoldersOnceEmptyButKeepsFoldersWithRecentContent() throws IOException {
        write("stale/inner/old.dump", Duration.ofDays(9));
        age(folder.resolve("stale/inner"), Duration.ofDays(9));
        age(folder.resolve("stale"), Duration.ofDays(9));
        Files.createDirectories(folder.resolve("kept"));
        write("kept/new.dump", Duration.ZERO);
        age(folder.resolve("kept"), Duration.ofDays(9));
        Files.createDirectories(folder.resolve("new-and-empty"));

        retention.sweep();

        assertThat(folder.resolve("stale")).doesNotExist();
        assertThat(folder.resolve("kept/new.dump")).exists();
        assertThat(folder.resolve("new-and-empty")).isDirectory();
        assertThat(folder).isDirectory();
        assertThat(area.root()).isDirectory();
    }

    @Test
    void removesALinkButNeverWhatItPointsTo() throws IOException {
        Path outside = Files.createTempDirectory("pgdeck-outside-");
        try {
            Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
            age(precious, Duration.ofDays(30));
            Path link = Files.createSymbolicLink(folder.resolve("link"), outside);
            FileTime monthAgo = FileTime.from(Instant.now().minus(Duration.ofDays(30)));
            Files.getFileAttributeView(link, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(monthAgo, null, null);

            retention.sweep();

            assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(precious).hasContent("keep me");
        } finally {
            StorageRequests.deleteTree(outside);
        }
    }

    @Test
    void removesUploadsLeftUnfinishedByAPreviousRun() throws IOException {
        Path leftover = Files.writeString(folder.resolve(".upload-0000.part"), "half a file");
        Path kept = Files.writeString(folder.resolve("complete.dump"), "whole");

        assertThat(retention.removeLeftoverUploads()).isGreaterThanOrEqualTo(1);

        assertThat(leftover).doesNotExist();
        assertThat(kept).exists();
    }

    private Path write(String relative, Duration age) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
        return age(file, age);
    }

    private static Path age(Path path, Duration age) throws IOException {
        return Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(age)));
    }
}
