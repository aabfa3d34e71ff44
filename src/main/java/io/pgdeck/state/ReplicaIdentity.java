package io.pgdeck.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This process among the replicas that share a state store: new at every start, so a restarted replica never claims
 * what its previous life was doing. Readable in the state store as host/random.
 */
@Component
public final class ReplicaIdentity {

    private final String id;

    ReplicaIdentity() {
        this.id = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "pgdeck";
        }
    }
}
