package io.pgdeck.account;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where to log in once pgdeck is ready. The generated password appears only at the start that generated it;
 * it goes to standard output, never to the log.
 */
@Component
final class LoginAnnouncer {

    private final TeamAccount account;
    private final Environment environment;

    LoginAnnouncer(TeamAccount account, Environment environment) {
        this.account = account;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/";
        String password = account.generatedPassword()
                .map(generated -> "password: " + generated)
                .orElse("password: (as configured, or as printed at first start)");
        System.out.println("pgdeck is ready at " + url + "  username: " + account.username() + "  " + password);
    }
}
