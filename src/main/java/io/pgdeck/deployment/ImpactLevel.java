package io.pgdeck.deployment;

public enum ImpactLevel {
    IL2,
    IL4,
    IL5
}
