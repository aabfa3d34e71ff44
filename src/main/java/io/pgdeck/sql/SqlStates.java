package io.pgdeck.sql;

/** What a PostgreSQL SQLSTATE says about the connection it arrived on. */
public final class SqlStates {

    private SqlStates() {}

    /**
     * Whether the state says the connection is gone or the server is shutting down (class 08, admin shutdown, crash
     * shutdown, cannot connect now), as opposed to a statement that failed on a healthy connection.
     */
    public static boolean isConnectionFailure(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }
}
