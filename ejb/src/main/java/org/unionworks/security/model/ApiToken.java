package org.unionworks.security.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A bearer token of the pull API: {@code uwk_} and 43 characters of base64url, 256 random bits. It is shown once
 * when its client is created; the database keeps only its SHA-256, which is enough for a secret of this strength
 * (unlike a password, it cannot be guessed from a dictionary, so it needs no slow salted hash). The first
 * characters, the hint, let an administrator tell tokens apart without holding them.
 */
public final class ApiToken {

    public static final String PREFIX = "uwk_";
    private static final int RANDOM_BYTES = 32;
    private static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token a client presented, if it has the shape of one; anything else is refused before any lookup. */
    public static java.util.Optional<ApiToken> parse(String presented) {
        return presented != null && FORMAT.matcher(presented).matches()
                ? java.util.Optional.of(new ApiToken(presented)) : java.util.Optional.empty();
    }

    /** The secret itself: to be shown to the administrator once, never stored or logged. */
    public String reveal() {
        return value;
    }

    /** Hex SHA-256: what the database keeps and looks the client up by. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String hint() {
        return value.substring(0, HINT_LENGTH) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken t && MessageDigest.isEqual(t.value.getBytes(StandardCharsets.US_ASCII),
                value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the secret: tokens end up in log lines through careless string concatenation. */
    @Override
    public String toString() {
        return hint();
    }
}
