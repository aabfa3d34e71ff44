package io.pgdeck.server;

/** The managed server cannot be reached right now; the request may be retried once it is back. */
public final class ServerUnavailableException extends RuntimeException {

    public ServerUnavailableException(String database, Throwable cause) {
        super("The database server is not reachable (database " + database + "): " + cause.getMessage(), cause);
    }
}
