package io.pgdeck.deployment;

/**
 * A setting that makes the deployment contradictory or unsafe. Its message is the one line an operator sees: which
 * property is wrong and how to fix it.
 */
public final class InvalidSettingException extends RuntimeException {

    private final String property;

    public InvalidSettingException(String property, String problem, String fix) {
        super(property + ": " + problem + ". Fix: " + fix);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
