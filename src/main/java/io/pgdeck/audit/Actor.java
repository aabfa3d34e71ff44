package io.pgdeck.audit;

/**
 * Who is acting on this thread: the person the platform's proxy names (null when it names none), the client's address
 * and its user agent. Set for each request by the identity filter, carried into background jobs by {@link #wrap}, and
 * read by the audit log and by the server connections (their {@code application_name}).
 */
public record Actor(String person, String clientAddress, String userAgent) implements java.io.Serializable {

    /** pgdeck itself: at start, in its sweeps. */
    public static final Actor SYSTEM = new Actor(null, null, null);

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? SYSTEM : actor;
    }

    /** Runs {@code work} as {@code actor}, restoring whoever acted before. */
    public static void runAs(Actor actor, Runnable work) {
        try (Scope scope = enter(actor)) {
            work.run();
        }
    }

    /** Makes {@code actor} act on this thread until the scope closes. */
    public static Scope enter(Actor actor) {
        Actor before = CURRENT.get();
        CURRENT.set(actor);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** The time an actor acts on a thread. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** {@code work} as it will run on another thread, on behalf of whoever acts on this one now. */
    public static Runnable wrap(Runnable work) {
        Actor actor = current();
        return () -> runAs(actor, work);
    }

    /** The label a connection opened for this actor carries: {@code pgdeck/<person>}, or {@code pgdeck}. */
    public String applicationName() {
        if (person == null || person.isBlank()) {
            return "pgdeck";
        }
        StringBuilder label = new StringBuilder("pgdeck/");
        // The server keeps 63 bytes of printable ASCII; anything else would be mangled into question marks.
        for (char c : person.toCharArray()) {
            if (label.length() >= 63) {
                break;
            }
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            label.append(plain || "@._+-".indexOf(c) >= 0 ? c : '_');
        }
        return label.toString();
    }
}
