package io.pgdeck.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Served under a sub-path of the platform's ingress ({@code /team-a/pgdeck/}), the proxy says so in
 * {@code X-Forwarded-Prefix}. Only from a trusted proxy (Tomcat's remote-IP valve, configured by
 * {@code pgdeck.web.trusted-proxies}, marks such requests) does the prefix become the request's context path, so
 * redirects, the session and CSRF cookies' paths, and everything built from the request carry it; from anyone else
 * the header is ignored. Runs before every other filter, the session's included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ForwardedPrefix extends OncePerRequestFilter {

    static final String HEADER = "X-Forwarded-Prefix";
    /** Set by Tomcat's RemoteIpValve on requests that came through a trusted proxy. */
    private static final String FROM_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";
    /** Path segments of plain characters: no dot segments, no encoding, nothing a redirect could be turned with. */
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String prefix = prefix(request);
        chain.doFilter(prefix == null ? request : new Prefixed(request, prefix), response);
    }

    static String prefix(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header == null || !Boolean.TRUE.equals(request.getAttribute(FROM_TRUSTED_PROXY))) {
            return null;
        }
        String prefix = header.strip().replaceAll("/+$", "");
        return PREFIX.matcher(prefix).matches() ? prefix : null;
    }

    private static final class Prefixed extends HttpServletRequestWrapper {
        private final String prefix;

        Prefixed(HttpServletRequest request, String prefix) {
            super(request);
            this.prefix = prefix;
        }

        @Override
        public String getContextPath() {
            return prefix + super.getContextPath();
        }

        @Override
        public String getRequestURI() {
            return prefix + super.getRequestURI();
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            boolean defaultPort =
                    (getScheme().equals("https") && port == 443) || (getScheme().equals("http") && port == 80);
            if (!defaultPort) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
