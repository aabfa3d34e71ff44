package io.pgdeck.web;

/** A download's name from what it holds (a table, a Query Tool tab): fit for any file system, never a path. */
public final class DownloadNames {

    private static final int LONGEST = 100;

    private DownloadNames() {}

    /** {@code name} with path separators, control and reserved characters as spaces; {@code fallback} when blank. */
    public static String of(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        // Parts that are only dots (".", "..") would read as folders: they go with the separators.
        String cleaned = java.util.Arrays.stream(
                        name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").split("\\s+"))
                .filter(part -> !part.isEmpty() && !part.chars().allMatch(c -> c == '.'))
                .collect(java.util.stream.Collectors.joining(" "));
        if (cleaned.length() > LONGEST) {
            cleaned = cleaned.substring(0, LONGEST).strip();
        }
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
