package io.pgdeck.account;

import io.pgdeck.audit.Audit;
import io.pgdeck.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            TeamAuthenticationProvider provider,
            LoginLockout lockout,
            ObjectProvider<LogoutHandler> logoutHandlers,
            ApplicationEventPublisher events,
            ConsentNotice consent,
            Audit audit)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        ProviderManager logins = new ProviderManager(provider);
        // Logins, failures and lockouts reach the audit log as Spring Security's authentication events.
        logins.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/login.css",
                                "/favicon.svg",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(issueCsrfTokenAndGoHome())
                        .failureHandler((request, response, failure) -> {
                            TypedUsername.keep(request);
                            response.sendRedirect(
                                    lockout.isLocked(request.getRemoteAddr()) ? "/login?locked" : "/login?error");
                        }))
                .addFilterBefore(new ConsentFilter(consent, audit), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) ->
                                logoutHandlers.forEach(handler -> handler.logout(request, response, authentication)))
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionBoundCsrfTokens())
                        // The page sends the cookie's value as it is, in the header or the logout form field.
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            if (api.matches(request)) {
                                unauthorized(response);
                            } else {
                                loginPage.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (!api.matches(request)) {
                                response.sendError(HttpStatus.FORBIDDEN.value());
                            } else if (!loggedIn(request)) {
                                unauthorized(response);
                            } else {
                                forbidden(response);
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Logging in renews the CSRF token. Its cookie leaves with the redirect, so a script (curl with a cookie jar) can
     * write right after logging in, as the page can once it has loaded. The login goes home, or back to the link into
     * the page it interrupted (the page with a query, such as a saved query's link), never to anything else asked.
     */
    private static AuthenticationSuccessHandler issueCsrfTokenAndGoHome() {
        RequestCache asked = new HttpSessionRequestCache();
        return (request, response, authentication) -> {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            String target = pageLink(asked.getRequest(request, response));
            asked.removeRequest(request, response);
            SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler(target);
            home.setAlwaysUseDefaultTargetUrl(true);
            home.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** "/?…" when the page itself was opened with a query; "/" for anything else (an API call, an asset). */
    static String pageLink(SavedRequest asked) {
        if (asked instanceof DefaultSavedRequest page
                && "GET".equals(page.getMethod())
                && page.getRequestURI().equals(page.getContextPath() + "/")
                && page.getQueryString() != null) {
            return "/?" + page.getQueryString();
        }
        return "/";
    }

    private static boolean loggedIn(HttpServletRequest request) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication
                        instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    /** An unsafe call whose CSRF token is missing or is not this session's. */
    private static void forbidden(HttpServletResponse response) throws IOException {
        Problems.send(
                response,
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "The CSRF token is missing or is not this session's: reload the page, or send the XSRF-TOKEN cookie's"
                        + " value in the X-XSRF-TOKEN header.");
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        Problems.send(
                response,
                HttpStatus.UNAUTHORIZED,
                "Unauthorized",
                "Log in first: the session is missing or has expired.");
    }

    /** Loads the deferred CSRF token on every request so the XSRF-TOKEN cookie is always there for the page. */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            // Probes never carry a page: a token (and so a session) for each would only fill the state store.
            if (token != null && !request.getRequestURI().startsWith("/actuator/")) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
