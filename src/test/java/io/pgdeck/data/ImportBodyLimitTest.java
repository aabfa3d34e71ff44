package io.pgdeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** A CSV sent as a request body is kept on pgdeck's disk until its job runs, never beyond the storage quota. */
class ImportBodyLimitTest {

    @Test
    void aBodyUpToTheLimitIsKeptWhole() throws IOException {
        byte[] csv = "id,name\n1,a\n".getBytes();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();

        ImportJobs.copyAtMost(new ByteArrayInputStream(csv), kept, csv.length);

        assertThat(kept.toByteArray()).isEqualTo(csv);
    }

    @Test
    void aLargerBodyIsRefusedWith413BeforeItsExcessIsWritten() {
        byte[] csv = new byte[200_000];
        ByteArrayOutputStream kept = new ByteArrayOutputStream();

        assertThatThrownBy(() -> ImportJobs.copyAtMost(new ByteArrayInputStream(csv), kept, 100_000))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(413);
                    assertThat(e.getBody().getDetail())
                            .contains("pgdeck.storage.quota")
                            .contains("Nothing was imported");
                });
        assertThat(kept.size()).isLessThanOrEqualTo(100_000);
    }
}
