package io.pgdeck.testing;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Gives each test a fresh, logged-out browser-like client for the running pgdeck. */
public abstract class WebTest {

    @LocalServerPort
    protected int port;

    protected Client anonymous() {
        return new Client("http://localhost:" + port);
    }

    protected Client loggedIn() {
        Client client = anonymous();
        client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD);
        // As the page does on load; this also hands out the CSRF cookie that login rotated.
        client.get("/api/v1/deployment");
        return client;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
