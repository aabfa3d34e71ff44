package io.pgdeck.server;

import java.sql.SQLException;

/** The managed server cannot be reached right now; the request may be retried once it is back. */
public final class ServerUnavailableException extends RuntimeException {

    public ServerUnavailableException(String database, Throwable cause) {
        super("The database server is not reachable (database " + database + "): " + cause.getMessage(), cause);
    }

    /** Whether {@code e} says the connection is gone (or the server is shutting down), not that a statement failed. */
    public static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
