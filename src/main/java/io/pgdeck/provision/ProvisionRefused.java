package io.pgdeck.provision;

/** A request provision will not carry out, with the one line that tells the operator why and what to do. */
final class ProvisionRefused extends RuntimeException {

    ProvisionRefused(String line) {
        super(line);
    }

    ProvisionRefused(String line, Throwable cause) {
        super(line, cause);
    }
}
