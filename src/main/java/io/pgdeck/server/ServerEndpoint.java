package io.pgdeck.server;

/** Where the managed server is and whom pgdeck connects as. */
public record ServerEndpoint(
        String name, String host, int port, String database, String username, String password, String sslmode) {

    @Override
    public String toString() {
        // Never let the password reach a log line through string concatenation.
        return "ServerEndpoint[" + username + "@" + host + ":" + port + "/" + database + "]";
    }
}
