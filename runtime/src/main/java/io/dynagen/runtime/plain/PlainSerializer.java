package io.dynagen.runtime.plain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts plain Java values to DynamoDB attribute values, for code that has no mapped class for
 * its items: the Java counterpart of boto3's {@code TypeSerializer}.
 *
 * <table>
 *   <caption>What each Java value becomes</caption>
 *   <tr><th>Java</th><th>DynamoDB</th></tr>
 *   <tr><td>{@code null}</td><td>NULL</td></tr>
 *   <tr><td>{@link String}</td><td>S</td></tr>
 *   <tr><td>{@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 *       {@link BigDecimal}, {@link Double}, {@link Float}</td>
 *       <td>N, in the number's own text ({@code 123.4500} stays {@code 123.4500})</td></tr>
 *   <tr><td>{@link Boolean}</td><td>BOOL</td></tr>
 *   <tr><td>{@code byte[]}, {@link SdkBytes}, {@link ByteBuffer} (its remaining bytes)</td><td>B</td></tr>
 *   <tr><td>a {@link Collection} that is not a {@link Set}, such as a {@link List}</td><td>L</td></tr>
 *   <tr><td>a {@link Set} of strings / numbers / binaries</td><td>SS / NS / BS</td></tr>
 *   <tr><td>a {@link Map} with {@link String} keys</td><td>M</td></tr>
 * </table>
 *
 * <p>Everything else is rejected with an {@link IllegalArgumentException} that names the path of
 * the offending value ({@code 'address.tags[2]'}) and its type; so are NaN and infinite numbers,
 * empty sets (DynamoDB rejects them; boto3 does the same), sets that mix kinds or hold null, and
 * maps with a key that is not a string. Other {@link Number} types (such as {@code AtomicLong})
 * are rejected rather than guessed at: convert them to one of the types above.
 *
 * <p>Collections keep their iteration order. The class is stateless and thread-safe; it uses no
 * reflection. {@link PlainDeserializer} reads the values back.
 */
public final class PlainSerializer {
  private PlainSerializer() {}

  /**
   * Converts a whole item, attribute by attribute; a null attribute value becomes NULL.
   *
   * @param item the plain values by attribute name
   * @return a new map in the item's iteration order
   * @throws IllegalArgumentException if a value cannot be stored, naming its path
   */
  public static Map<String, AttributeValue> toItem(Map<String, ?> item) {
    Objects.requireNonNull(item, "item");
    return toMap(item, PlainPath.ROOT);
  }

  /**
   * Converts one value, nested collections and maps included.
   *
   * @param value the plain value: String, Number, Boolean, byte[], List, Map, Set or null
   * @return the attribute value
   * @throws IllegalArgumentException if the value, or anything inside it, cannot be stored
   */
  public static AttributeValue toAttributeValue(Object value) {
    return convert(value, PlainPath.ROOT);
  }

  private static AttributeValue convert(Object value, PlainPath path) {
    if (value == null) {
      return AttributeValue.createNul(true);
    }
    if (value instanceof String) {
      return AttributeValue.createS((String) value);
    }
    if (value instanceof Boolean) {
      return AttributeValue.createBool((Boolean) value);
    }
    if (value instanceof Number) {
      return AttributeValue.createN(numberText((Number) value, path));
    }
    SdkBytes bytes = bytesOrNull(value);
    if (bytes != null) {
      return AttributeValue.createB(bytes);
    }
    if (value instanceof Set) {
      return toSet((Set<?>) value, path);
    }
    if (value instanceof Collection) {
      return AttributeValue.createL(toList((Collection<?>) value, path));
    }
    if (value instanceof Map) {
      return AttributeValue.createM(toMap((Map<?, ?>) value, path));
    }
    throw new IllegalArgumentException(
        "Cannot store " + path.describe() + ": " + value.getClass().getName() + " is not supported;"
            + " use a String, a number (Integer, Long, Short, Byte, Double, Float, BigInteger,"
            + " BigDecimal), a Boolean, bytes (byte[], SdkBytes, ByteBuffer), a List, a Set,"
            + " a Map with String keys, or null");
  }

  private static List<AttributeValue> toList(Collection<?> collection, PlainPath path) {
    List<AttributeValue> out = new ArrayList<>(collection.size());
    int index = 0;
    for (Object element : collection) {
      out.add(convert(element, path.index(index++)));
    }
    return out;
  }

  private static Map<String, AttributeValue> toMap(Map<?, ?> map, PlainPath path) {
    Map<String, AttributeValue> out = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object key = entry.getKey();
      if (!(key instanceof String)) {
        throw new IllegalArgumentException(
            "Cannot store " + path.describe() + ": a map key is "
                + (key == null ? "null" : "a " + key.getClass().getName() + " (" + key + ")")
                + "; DynamoDB map keys and attribute names are strings");
      }
      String name = (String) key;
      out.put(name, convert(entry.getValue(), path.key(name)));
    }
    return out;
  }

  /** SS, NS or BS, chosen by the first element; every other element must be of the same kind. */
  private static AttributeValue toSet(Set<?> set, PlainPath path) {
    if (set.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot store " + path.describe() + ": it is an empty set, and DynamoDB rejects empty"
              + " sets; leave the attribute out, or store null or an empty list instead");
    }
    SetKind kind = null;
    List<String> texts = new ArrayList<>(set.size());
    List<SdkBytes> binaries = new ArrayList<>(0);
    int index = 0;
    for (Object element : set) {
      PlainPath elementPath = path.index(index++);
      SetKind elementKind = SetKind.of(element, elementPath);
      if (kind == null) {
        kind = elementKind;
      } else if (kind != elementKind) {
        throw new IllegalArgumentException(
            "Cannot store " + path.describe() + ": a set must hold only strings, only numbers or"
                + " only binaries, but it holds " + kind.plural + " and, at " + elementPath.describe()
                + ", " + elementKind.singular);
      }
      switch (elementKind) {
        case STRING:
          texts.add((String) element);
          break;
        case NUMBER:
          texts.add(numberText((Number) element, elementPath));
          break;
        default:
          binaries.add(bytesOrNull(element));
      }
    }
    switch (kind) {
      case STRING:
        return AttributeValue.createSs(texts);
      case NUMBER:
        return AttributeValue.createNs(texts);
      default:
        return AttributeValue.createBs(binaries);
    }
  }

  /** The kinds of DynamoDB set. */
  private enum SetKind {
    STRING("a string", "strings"),
    NUMBER("a number", "numbers"),
    BINARY("a binary", "binaries");

    final String singular;
    final String plural;

    SetKind(String singular, String plural) {
      this.singular = singular;
      this.plural = plural;
    }

    static SetKind of(Object element, PlainPath path) {
      if (element instanceof String) {
        return STRING;
      }
      if (element instanceof Number) {
        return NUMBER;
      }
      if (isBinary(element)) {
        return BINARY;
      }
      throw new IllegalArgumentException(
          "Cannot store " + path.describe() + ": a set element must be a String, a number or bytes"
              + " (DynamoDB sets cannot store " + (element == null ? "null" : element.getClass().getName())
              + ")");
    }
  }

  /** The text of a number in its own notation; NaN and infinities are rejected. */
  private static String numberText(Number number, PlainPath path) {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(
            "Cannot store " + path.describe() + ": it is " + number
                + ", and DynamoDB numbers must be finite");
      }
      return number.toString();
    }
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger
        || number instanceof BigDecimal) {
      return number.toString();
    }
    throw new IllegalArgumentException(
        "Cannot store " + path.describe() + ": " + number.getClass().getName() + " is not a supported"
            + " number type; convert it to Integer, Long, Short, Byte, Double, Float, BigInteger"
            + " or BigDecimal");
  }

  private static boolean isBinary(Object value) {
    return value instanceof SdkBytes || value instanceof byte[] || value instanceof ByteBuffer;
  }

  /** The bytes of a binary value, or null if the value is not one. */
  private static SdkBytes bytesOrNull(Object value) {
    if (value instanceof SdkBytes) {
      return (SdkBytes) value;
    }
    if (value instanceof byte[]) {
      return SdkBytes.fromByteArray((byte[]) value);
    }
    if (value instanceof ByteBuffer) {
      // fromByteBuffer copies the remaining bytes and leaves the buffer's position alone.
      return SdkBytes.fromByteBuffer((ByteBuffer) value);
    }
    return null;
  }
}
