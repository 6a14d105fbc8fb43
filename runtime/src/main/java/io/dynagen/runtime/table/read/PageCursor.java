package io.dynagen.runtime.table.read;

import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.ValueLimits;
import io.dynagen.runtime.table.internal.KeyShape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a LastEvaluatedKey as an opaque, URL-safe string and back into an ExclusiveStartKey.
 *
 * <p>Format (before URL-safe base64 without padding): a version byte, the number of attributes,
 * then per attribute its name, a type tag ({@code S}, {@code N}, {@code B}) and its value, each
 * string or byte run prefixed by its length. Keys hold only S, N and B values.
 */
final class PageCursor {
  private static final int VERSION = 1;
  private static final int MAX_ATTRIBUTES = 4;
  private static final int MAX_LENGTH = 64 * 1024;

  private PageCursor() {}

  static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(lastEvaluatedKey.size());
      for (Map.Entry<String, AttributeValue> entry : lastEvaluatedKey.entrySet()) {
        writeBytes(out, entry.getKey().getBytes(StandardCharsets.UTF_8));
        AttributeValue value = entry.getValue();
        if (value.s() != null) {
          out.writeByte('S');
          writeBytes(out, value.s().getBytes(StandardCharsets.UTF_8));
        } else if (value.n() != null) {
          out.writeByte('N');
          writeBytes(out, value.n().getBytes(StandardCharsets.UTF_8));
        } else if (value.b() != null) {
          out.writeByte('B');
          writeBytes(out, value.b().asByteArrayUnsafe());
        } else {
          throw new IllegalStateException(
              "DynamoDB returned a LastEvaluatedKey with a " + value.type() + " value for '"
                  + entry.getKey() + "'; key values are S, N or B");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * Decodes a cursor, checking that it holds the key attributes of the table (and index) read.
   *
   * @throws IllegalArgumentException if the cursor is not one this class made, or is of another
   *     table or index
   */
  static Map<String, AttributeValue> decode(String cursor, Collection<String> expectedKeyNames, String what) {
    if (cursor == null || cursor.isEmpty()) {
      // page(null) never gets here (null is the first page); an empty cursor is not one a page gave.
      throw new IllegalArgumentException(
          "The page cursor for " + what + " is " + (cursor == null ? "null" : "empty")
              + ": for the first page pass null (or call firstPage()); for the next, pass"
              + " Page.cursor() unchanged");
    }
    Map<String, AttributeValue> key;
    try {
      key = read(Base64.getUrlDecoder().decode(cursor));
    } catch (IllegalArgumentException | IOException e) {
      throw invalid(cursor, what, e);
    }
    for (String name : expectedKeyNames) {
      if (!key.containsKey(name)) {
        throw new IllegalArgumentException(
            "The page cursor " + abbreviate(cursor) + " is not one of " + what + ": it lacks the key"
                + " attribute '" + name + "'; pass the cursor of a page of the same query or scan");
      }
    }
    return key;
  }

  /**
   * Decodes a cursor for a read by {@code keys}, checking it before it can reach DynamoDB: its
   * signature if the read signs its cursors, then exactly the key attributes of the table (and
   * index), each of its declared type, not empty, a valid number for N, within the key limits.
   *
   * @param signer the read's signer, or {@code null} if cursors are not signed
   * @param read what the signature covers: the table, index and key conditions of the read
   * @throws IllegalArgumentException naming what is wrong, if the cursor does not fit
   */
  static Map<String, AttributeValue> decode(String cursor, KeyShape keys, String what, CursorSigner signer, String read) {
    if (cursor != null && signer != null) {
      cursor = signer.verify(cursor, read, what);
    }
    Map<String, AttributeValue> key = decode(cursor, keys.cursorKeyNames(), what);
    if (key.size() != keys.cursorKeyNames().size()) {
      for (String name : key.keySet()) {
        if (!keys.cursorKeyNames().contains(name)) {
          throw new IllegalArgumentException(
              "The page cursor " + abbreviate(cursor) + " is not one of " + what + ": it holds '" + name
                  + "', which is no key attribute of it " + keys.cursorKeyNames() + "; pass the cursor of a page"
                  + " of the same query or scan");
        }
      }
    }
    for (int i = 0; i < keys.cursorKeys().size(); i++) {
      KeyAttribute attribute = keys.cursorKeys().get(i);
      boolean sortKey = attribute.name().equals(keys.tableSortKey()) || attribute.name().equals(keys.sortKey());
      try {
        ValueLimits.checkKeyValue(key.get(attribute.name()), attribute.name(), attribute.type(),
            sortKey ? "sort key" : "partition key",
            sortKey ? ValueLimits.MAX_SORT_KEY_BYTES : ValueLimits.MAX_PARTITION_KEY_BYTES, " of the cursor");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Invalid page cursor " + abbreviate(cursor) + " for " + what + ": " + e.getMessage()
                + "; pass the value of Page.cursor() unchanged", e);
      }
    }
    return key;
  }

  /** Encodes a LastEvaluatedKey, signed for {@code read} if there is a signer. */
  static String encode(Map<String, AttributeValue> lastEvaluatedKey, CursorSigner signer, String read) {
    String cursor = encode(lastEvaluatedKey);
    return signer == null ? cursor : signer.sign(cursor, read);
  }

  private static Map<String, AttributeValue> read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new IOException("unknown cursor version " + version);
    }
    int count = in.readUnsignedByte();
    if (count == 0 || count > MAX_ATTRIBUTES) {
      throw new IOException("a key of " + count + " attributes");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      String name = new String(readBytes(in), StandardCharsets.UTF_8);
      int type = in.readUnsignedByte();
      byte[] value = readBytes(in);
      switch (type) {
        case 'S':
          key.put(name, AttributeValue.createS(new String(value, StandardCharsets.UTF_8)));
          break;
        case 'N':
          key.put(name, AttributeValue.createN(new String(value, StandardCharsets.UTF_8)));
          break;
        case 'B':
          key.put(name, AttributeValue.createB(SdkBytes.fromByteArray(value)));
          break;
        default:
          throw new IOException("unknown value type " + type);
      }
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    return key;
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_LENGTH) {
      throw new IOException("a length of " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  private static IllegalArgumentException invalid(String cursor, String what, Exception cause) {
    return new IllegalArgumentException(
        "Invalid page cursor " + abbreviate(cursor) + " for " + what + " (" + cause.getMessage()
            + "): pass the value of Page.cursor() unchanged",
        cause);
  }

  static String abbreviate(String cursor) {
    return "'" + (cursor.length() <= 40 ? cursor : cursor.substring(0, 37) + "...") + "'";
  }
}
