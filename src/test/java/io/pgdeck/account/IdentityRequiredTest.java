package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.audit.Audit;
import io.pgdeck.testing.SingleTenantTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** With pgdeck.identity.required, the shared password alone no longer opens anything: the header must name someone. */
class IdentityRequiredTest extends SingleTenantTest {

    @Autowired
    Audit audit;

    private final IdentityProperties required = new IdentityProperties("X-Forwarded-Email", List.of("127.0.0.1"), true);

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new IdentityFilter(required, audit).doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aRequestWithoutTheHeaderIsRefusedEvenTheLoginPage() throws Exception {
        MockHttpServletResponse refused = send(new MockHttpServletRequest("GET", "/login"));

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("sign-in proxy");
    }

    @Test
    void aHeaderFromAnUntrustedAddressDoesNotCountAsNamingSomeone() throws Exception {
        MockHttpServletRequest spoofed = new MockHttpServletRequest("GET", "/api/v1/deployment");
        spoofed.setRemoteAddr("127.0.0.2");
        spoofed.addHeader("X-Forwarded-Email", "mallory@agency.gov");

        assertThat(send(spoofed).getStatus()).isEqualTo(403);
    }

    @Test
    void aHeaderFromTheProxyLetsTheRequestThroughAndHealthNeedsNone() throws Exception {
        MockHttpServletRequest named = new MockHttpServletRequest("GET", "/api/v1/deployment");
        named.setRemoteAddr("127.0.0.1");
        named.addHeader("X-Forwarded-Email", "ada@agency.gov");

        assertThat(send(named).getStatus()).isEqualTo(200);
        assertThat(send(new MockHttpServletRequest("GET", "/actuator/health/liveness"))
                        .getStatus())
                .isEqualTo(200);
    }
}
