package io.pgdeck.account;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.EnvironmentStrip;
import io.pgdeck.server.ServerEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The login page, rendered on the server so it works with JavaScript off. */
@Controller
final class LoginPageController {

    private static final String TEMPLATE = template();

    private final DeploymentSettings deployment;
    private final ServerEndpoint server;
    private final LoginLockout lockout;
    private final ConsentNotice consent;

    LoginPageController(
            DeploymentSettings deployment, ServerEndpoint server, LoginLockout lockout, ConsentNotice consent) {
        this.consent = consent;
        this.deployment = deployment;
        this.server = server;
        this.lockout = lockout;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loginPage(CsrfToken csrf, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        SessionLimits.forgetExpiry(request, response);
        String username = TypedUsername.take(request);
        Map<String, String> values = Map.of(
                "serverName",
                server.name(),
                "stripClass",
                deployment.isProduction() ? "strip-production" : "strip-" + impactLevelClass(),
                "stripText",
                EnvironmentStrip.of(deployment).text(),
                "username",
                username,
                // The cursor goes where typing is needed: the password when the name is kept.
                "usernameFocus",
                username.isEmpty() ? "autofocus" : "",
                "passwordFocus",
                username.isEmpty() ? "" : "autofocus",
                "csrfParameter",
                csrf.getParameterName(),
                "csrfToken",
                csrf.getToken());
        String page = TEMPLATE;
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue()));
        }
        return page.replace("{{message}}", message(request)).replace("{{consent}}", consentBlock());
    }

    private String message(HttpServletRequest request) {
        if (lockout.isLocked(request.getRemoteAddr()) || request.getParameter("locked") != null) {
            return box("error", "Too many failed logins: logins from here are locked" + lockedFor(request) + ".");
        }
        if (request.getParameter("consent") != null) {
            return box("error", "Accept the notice below to log in.");
        }
        if (request.getParameter("error") != null) {
            return box("error", "Wrong username or password.");
        }
        if (request.getParameter("logout") != null) {
            return box("info", "You have logged out.");
        }
        if (request.getParameter("expired") != null || SessionLimits.justExpired(request)) {
            return box("info", "Your session expired. Log in again.");
        }
        return "";
    }

    /** The notice and the box that accepts it, where the deployment has one; the login is refused without it. */
    private String consentBlock() {
        return consent.text()
                .map(text ->
                        "<section class=\"consent\" data-testid=\"consent-notice\" aria-label=\"Notice and consent\">"
                                + "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p>"
                                + "<label class=\"consent-accept\"><input type=\"checkbox\" name=\"consent\" required> "
                                + "I have read and accept this notice</label></section>")
                .orElse("");
    }

    private String lockedFor(HttpServletRequest request) {
        return lockout.lockedUntil(request.getRemoteAddr())
                .map(until -> Duration.between(Instant.now(), until))
                .filter(left -> !left.isNegative())
                .map(left -> " for " + Math.max(1, (left.toSeconds() + 59) / 60) + " more minute(s)")
                .orElse("");
    }

    private static String template() {
        try (var in = LoginPageController.class.getResourceAsStream("login.html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String box(String kind, String text) {
        return "<p class=\"message " + kind + "\" role=\"alert\" data-testid=\"login-message\">"
                + HtmlUtils.htmlEscape(text) + "</p>";
    }

    private String impactLevelClass() {
        return deployment.impactLevel().name().toLowerCase(Locale.ROOT);
    }
}
