package io.github.unifysequences.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof cursors. A cursor is {@code base64url(position || scopeHash) "." base64url(hmac)}:
 * the HMAC (keyed per sandbox instance) stops forgery, and the scope hash ties the cursor to the
 * route and filters that produced it, so it cannot be replayed against another query.
 */
final class Cursors {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SCOPE_BYTES = 8;
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    Cursors() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String encode(String scope, long position) {
        byte[] payload = ByteBuffer.allocate(Long.BYTES + SCOPE_BYTES)
                .putLong(position)
                .put(scopeHash(scope))
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The position a cursor encodes, or a 400 {@code invalid_cursor} if it is forged or from another query. */
    long decode(String cursor, String scope) {
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                byte[] payload = DECODER.decode(cursor.substring(0, dot));
                byte[] mac = DECODER.decode(cursor.substring(dot + 1));
                if (payload.length == Long.BYTES + SCOPE_BYTES && MessageDigest.isEqual(mac, mac(payload))) {
                    ByteBuffer buffer = ByteBuffer.wrap(payload);
                    long position = buffer.getLong();
                    byte[] hash = new byte[SCOPE_BYTES];
                    buffer.get(hash);
                    if (MessageDigest.isEqual(hash, scopeHash(scope))) {
                        return position;
                    }
                    throw ApiException.badRequest(
                            "invalid_cursor",
                            "The cursor belongs to a different query (other filters or endpoint).",
                            "cursor");
                }
            }
        } catch (IllegalArgumentException malformedBase64) {
            // Falls through to the generic rejection below.
        }
        throw ApiException.badRequest("invalid_cursor", "The cursor is not one this server issued.", "cursor");
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(payload);
            byte[] truncated = new byte[MAC_BYTES];
            System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
            return truncated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }

    private static byte[] scopeHash(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            byte[] hash = new byte[SCOPE_BYTES];
            System.arraycopy(digest, 0, hash, 0, SCOPE_BYTES);
            return hash;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
