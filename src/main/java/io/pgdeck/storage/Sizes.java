package io.pgdeck.storage;

import java.util.Locale;

/** Byte counts for people, in the binary units pgdeck's settings use (10GB is 10 × 1024³ bytes). */
final class Sizes {

    private static final String[] UNITS = {"bytes", "KB", "MB", "GB", "TB", "PB"};

    private Sizes() {}

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
