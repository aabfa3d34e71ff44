package io.pgdeck.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * PostgreSQL names may hold any character but NUL, and the API carries names in path segments: a table called
 * {@code a/b;c%} is {@code a%2Fb%3Bc%25} there. The web server and the firewall let such encoded characters through
 * (routes match segment by segment, after splitting, so an encoded slash never becomes a separator; names are
 * always quoted before they reach SQL); what they still refuse is answered as a problem, not an HTML page.
 */
@Configuration(proxyBeanMethods = false)
class EncodedNames {

    @Bean
    TomcatConnectorCustomizer encodedSeparatorsStayInTheirSegment() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }

    /** Requests Tomcat refuses before any servlet runs are answered as problems too. */
    @Bean
    TomcatContextCustomizer problemsEvenBeforeSpring() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        };
    }

    @Bean
    HttpFirewall firewallThatLetsEncodedNamesThrough() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedDoubleSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowSemicolon(true);
        firewall.setAllowBackSlash(true);
        firewall.setAllowUrlEncodedLineFeed(true);
        firewall.setAllowUrlEncodedCarriageReturn(true);
        firewall.setAllowUrlEncodedPeriod(true);
        return firewall;
    }

    @Bean
    RequestRejectedHandler rejectedAsAProblem() {
        return (request, response, rejected) -> Problems.send(
                response,
                HttpStatus.BAD_REQUEST,
                "Bad request",
                "The address cannot be read (" + rejected.getMessage()
                        + "): names in a path must be percent-encoded, and no name holds a NUL character.");
    }
}
