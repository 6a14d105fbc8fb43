package io.dynagen.runtime.table.read;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds page cursors to the read that made them, with a key the application gives: a cursor
 * carries an HMAC-SHA256 of its key and of the read (table, index, the query's partition key
 * value and sort key condition), so a client that edits a cursor, forges one, or moves one to
 * another query (another user's partition, say) is refused before anything is sent.
 *
 * <pre>{@code
 * CursorSigner signer = CursorSigner.withKey(secret);   // 32 random bytes, kept on the server
 * Page<Order> page = orders.query(customerId).signCursors(signer).page(cursorFromClient);
 * }</pre>
 *
 * <p>Every server that reads the cursors must use the same key; a new key invalidates the
 * cursors made with the old one. Thread-safe and immutable.
 */
public final class CursorSigner {
  static final int MIN_KEY_BYTES = 16;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  private CursorSigner(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /**
   * {@return a signer with this secret (copied)}
   *
   * @param secret the key to sign with
   * @throws IllegalArgumentException if the secret has fewer than 16 bytes (32 random bytes are
   *     right for HMAC-SHA256)
   */
  public static CursorSigner withKey(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "The cursor signing key has " + secret.length + " bytes: use at least " + MIN_KEY_BYTES
              + " (32 random bytes, from SecureRandom, kept on the server)");
    }
    return new CursorSigner(Arrays.copyOf(secret, secret.length));
  }

  /** {@code payload.signature}, the signature covering the read and the payload. */
  String sign(String payload, String read) {
    return payload + '.' + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload, read));
  }

  /**
   * The payload of a cursor signed for {@code read}.
   *
   * @throws IllegalArgumentException if the cursor is not signed, or not for this read with this key
   */
  String verify(String cursor, String read, String what) {
    int dot = cursor.lastIndexOf('.');
    byte[] given = null;
    if (dot > 0) {
      try {
        given = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
      } catch (IllegalArgumentException e) {
        given = null;
      }
    }
    if (given == null || !MessageDigest.isEqual(given, mac(cursor.substring(0, dot), read))) {
      throw new IllegalArgumentException(
          "The page cursor " + PageCursor.abbreviate(cursor) + " was not made by " + what + " with this"
              + " application's key: it was changed, forged, or made by another query; pass"
              + " Page.cursor() of this same query unchanged, or start again from firstPage()");
    }
    return cursor.substring(0, dot);
  }

  private byte[] mac(String payload, String read) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(read.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      // Every Java platform has HmacSHA256.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "CursorSigner[HmacSHA256]";
  }
}
