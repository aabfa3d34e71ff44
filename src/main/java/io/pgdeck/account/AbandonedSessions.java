package io.pgdeck.account;

import io.pgdeck.audit.Actor;
import io.pgdeck.audit.Audit;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends, and records, the sessions nobody comes back to (the browser closed): each login's session is kept in the store
 * a little past the idle timeout (see {@link LoginAudit}), and this sweep ends the ones idle or too old before the
 * store's own clean-up would remove them without a word.
 */
@Component
final class AbandonedSessions {

    /** How long past the idle timeout the store keeps a session, for this sweep to find it first. */
    static final Duration GRACE = Duration.ofMinutes(2);

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final TeamAccount account;
    private final SessionProperties properties;
    private final Audit audit;

    AbandonedSessions(
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
            TeamAccount account,
            SessionProperties properties,
            Audit audit) {
        this.sessions = sessions;
        this.account = account;
        this.properties = properties;
        this.audit = audit;
    }

    @Scheduled(initialDelay = 15, fixedDelay = 15, timeUnit = TimeUnit.SECONDS)
    void sweep() {
        sessions.ifAvailable(this::sweep);
    }

    private <S extends Session> void sweep(FindByIndexNameSessionRepository<S> repository) {
        Instant now = Instant.now();
        for (Map.Entry<String, S> entry :
                repository.findByPrincipalName(account.username()).entrySet()) {
            S session = entry.getValue();
            String reason = reason(session, now);
            if (reason != null && session.getAttribute(SessionLimits.ENDED) == null) {
                Actor actor = session.getAttribute(IdentityFilter.SESSION_ACTOR) instanceof Actor known
                        ? known
                        : Actor.SYSTEM;
                audit.recordAs(
                        actor,
                        "logout",
                        Audit.SUCCESS,
                        null,
                        "idle".equals(reason) ? "session ended after being idle" : "session ended at its maximum age",
                        Map.of("reason", reason));
                repository.deleteById(entry.getKey());
            }
        }
    }

    private String reason(Session session, Instant now) {
        Instant started = session.getAttribute(SessionLimits.STARTED);
        Instant last = session.getAttribute(SessionLimits.LAST_ACTIVITY);
        return SessionLimits.endedBy(started, last, properties, now);
    }
}
