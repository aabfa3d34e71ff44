package io.pgdeck.account;

import io.pgdeck.audit.Audit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the deployment shows a notice-and-consent banner, a login that does not accept it ({@code consent=on}) is
 * refused before the password is even checked; an accepted notice is recorded in the audit log.
 */
final class ConsentFilter extends OncePerRequestFilter {

    private final ConsentNotice notice;
    private final Audit audit;

    ConsentFilter(ConsentNotice notice, Audit audit) {
        this.notice = notice;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return notice.text().isEmpty()
                || !"POST".equals(request.getMethod())
                || !request.getServletPath().equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"on".equals(request.getParameter("consent"))) {
            audit.record("consent", Audit.DENIED, null, "login refused: the notice was not accepted", Map.of());
            TypedUsername.keep(request);
            response.sendRedirect(request.getContextPath() + "/login?consent");
            return;
        }
        audit.record(
                "consent",
                Audit.SUCCESS,
                null,
                "notice and consent accepted",
                Map.of(
                        "noticeFirstLine",
                        notice.text().orElseThrow().lines().findFirst().orElse(""),
                        "noticeSha256",
                        sha256(notice.text().orElseThrow())));
        chain.doFilter(request, response);
    }

    /** Names the exact notice accepted without repeating it in every record. */
    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
