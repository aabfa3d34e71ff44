package io.pgdeck.server;

import io.pgdeck.state.StateProperties;

/** Holds the embedded server when pgdeck started one, so that it stops with the application. */
final class EmbeddedDefault implements AutoCloseable {

    private final EmbeddedServer server;

    private EmbeddedDefault(EmbeddedServer server) {
        this.server = server;
    }

    static EmbeddedDefault startIfUnconfigured(
            ManagedServerProperties properties, StateProperties state, DemoShape shape) {
        if (!properties.embedded()) {
            return new EmbeddedDefault(null);
        }
        return new EmbeddedDefault(EmbeddedServer.start(state.dir().toAbsolutePath(), shape));
    }

    boolean running() {
        return server != null;
    }

    ServerEndpoint endpoint(String displayName) {
        return server.endpoint(displayName);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
