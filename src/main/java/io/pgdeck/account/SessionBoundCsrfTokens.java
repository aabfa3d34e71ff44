package io.pgdeck.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token belongs to the session: it is kept in the session and only handed to the page in the XSRF-TOKEN
 * cookie, which is never read back as the expected value. A cookie an attacker planted, sent with the same value as a
 * header or {@code _csrf} parameter, therefore matches nothing.
 */
final class SessionBoundCsrfTokens implements CsrfTokenRepository {

    static final String HEADER = "X-XSRF-TOKEN";
    static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = SessionBoundCsrfTokens.class.getName() + ".token";

    private final CookieCsrfTokenRepository cookie;

    SessionBoundCsrfTokens() {
        cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        cookie.setCookieCustomizer(customizer -> customizer.sameSite("Strict"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return new DefaultCsrfToken(
                HEADER, PARAMETER, cookie.generateToken(request).getToken());
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
        } else {
            request.getSession().setAttribute(ATTRIBUTE, token.getToken());
        }
        cookie.saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token == null ? null : new DefaultCsrfToken(HEADER, PARAMETER, (String) token);
    }
}
