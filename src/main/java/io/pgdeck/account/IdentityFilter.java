package io.pgdeck.account;

import io.pgdeck.audit.Actor;
import io.pgdeck.audit.Audit;
import io.pgdeck.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides who acts in each request, before anything else runs: the person the platform's proxy names in the identity
 * header, believed only from a trusted proxy's address (from any other address the header is ignored and the attempt
 * audited), the client's address and its user agent. With {@code pgdeck.identity.required} a request that names no
 * person is refused.
 */
final class IdentityFilter extends OncePerRequestFilter {

    /** The session keeps who logged in, for the records made when it ends without a request. */
    static final String SESSION_ACTOR = "pgdeck.actor";

    private static final int LONGEST_PERSON = 256;
    private static final String PEER_ADDRESS = "org.apache.tomcat.remoteAddr";

    private final IdentityProperties properties;
    private final Set<InetAddress> trusted = new HashSet<>();
    private final Audit audit;

    IdentityFilter(IdentityProperties properties, Audit audit) {
        this.properties = properties;
        this.audit = audit;
        properties.trustedProxies().stream()
                .map(String::strip)
                .map(IdentityFilter::address)
                .forEach(trusted::add);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = new Actor(person(request), request.getRemoteAddr(), request.getHeader("User-Agent"));
        try (Actor.Scope scope = Actor.enter(actor)) {
            if (properties.required()
                    && actor.person() == null
                    && !request.getRequestURI().startsWith("/actuator/")) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private String person(HttpServletRequest request) {
        if (properties.header() == null) {
            return null;
        }
        String value = request.getHeader(properties.header());
        if (value == null || value.isBlank()) {
            return null;
        }
        String peer = request.getAttribute(PEER_ADDRESS) instanceof String address ? address : request.getRemoteAddr();
        if (!isTrusted(peer)) {
            Actor unnamed = new Actor(null, request.getRemoteAddr(), request.getHeader("User-Agent"));
            audit.recordAs(
                    unnamed,
                    "identity",
                    Audit.DENIED,
                    null,
                    "identity header from an untrusted address ignored: " + shorten(value) + " from " + peer,
                    Map.of("header", properties.header(), "claimed", shorten(value), "from", peer));
            return null;
        }
        return shorten(value.strip());
    }

    private boolean isTrusted(String peer) {
        try {
            return trusted.contains(InetAddress.getByName(peer));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        audit.record(
                "identity",
                Audit.DENIED,
                null,
                "request without the identity header refused",
                Map.of("path", request.getRequestURI(), "header", String.valueOf(properties.header())));
        Problems.send(
                response,
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "pgdeck is reached only through the platform's sign-in proxy, which names the person.");
    }

    private static String shorten(String value) {
        return value.length() <= LONGEST_PERSON ? value : value.substring(0, LONGEST_PERSON);
    }

    private static InetAddress address(String configured) {
        try {
            return InetAddress.getByName(configured);
        } catch (UnknownHostException e) {
            throw new io.pgdeck.deployment.InvalidSettingException(
                    "pgdeck.identity.trusted-proxies",
                    "'" + configured + "' is not an address",
                    "list the proxies' IP addresses, e.g. 10.0.0.5,10.0.0.6");
        }
    }
}
