package io.pgdeck.storage;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file's real name: an ASCII fallback in {@code filename} for old
 * clients and the exact UTF-8 name in {@code filename*} (RFC 6266, RFC 8187), which browsers prefer.
 */
final class ContentDispositions {

    // RFC 8187 attr-char: what may stand unencoded in filename*.
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {}

    static String attachment(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    private static String asciiFallback(String name) {
        StringBuilder fallback = new StringBuilder(name.length());
        name.codePoints()
                .forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return fallback.toString();
    }

    private static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
