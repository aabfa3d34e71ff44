package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.testing.SingleTenantTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store keeps records as they were written, for as long as the retention says, and no longer. */
class AuditStoreTest extends SingleTenantTest {

    @Autowired
    JdbcClient state;

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditProperties properties;

    private long insert(Instant at, String summary) {
        return state.sql("INSERT INTO audit_record (at, kind, outcome, summary, detail) "
                        + "VALUES (?, 'statement', 'success', ?, '{}') RETURNING id")
                .params(AuditTimes.format(at), summary)
                .query(Long.class)
                .single();
    }

    private boolean exists(long id) {
        return state.sql("SELECT count(*) FROM audit_record WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    @Test
    void recordsOlderThanTheRetentionAreSweptAndYoungerOnesKept() {
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(365));
        long old = insert(Instant.now().minus(Duration.ofDays(400)), "old " + UUID.randomUUID());
        long young = insert(Instant.now().minus(Duration.ofDays(300)), "young " + UUID.randomUUID());

        retention.sweep();

        assertThat(exists(old)).isFalse();
        assertThat(exists(young)).isTrue();
    }

    @Test
    void aRecordCannotBeChanged() {
        long id = insert(Instant.now(), "kept as written " + UUID.randomUUID());

        assertThatThrownBy(() -> state.sql("UPDATE audit_record SET summary = 'rewritten' WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(state.sql("SELECT summary FROM audit_record WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .startsWith("kept as written");
    }
}
