package io.dynagen.runtime.plain;

import io.dynagen.runtime.MappingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts DynamoDB attribute values to plain Java values, for code that has no mapped class for
 * its items: the Java counterpart of boto3's {@code TypeDeserializer}.
 *
 * <table>
 *   <caption>What each DynamoDB type becomes</caption>
 *   <tr><th>DynamoDB</th><th>Java</th></tr>
 *   <tr><td>S</td><td>{@link String}</td></tr>
 *   <tr><td>N</td><td>{@link BigDecimal}, exactly as stored (like boto3's {@code Decimal}):
 *       {@code 123.4500} keeps its scale; use {@code intValueExact()} and friends to narrow</td></tr>
 *   <tr><td>BOOL</td><td>{@link Boolean}</td></tr>
 *   <tr><td>B</td><td>{@link SdkBytes}: immutable, with value equality, unlike {@code byte[]}
 *       ({@code asByteArray()} copies the bytes out)</td></tr>
 *   <tr><td>NULL</td><td>{@code null}</td></tr>
 *   <tr><td>L</td><td>a mutable {@code List<Object>}</td></tr>
 *   <tr><td>M</td><td>a mutable {@code Map<String, Object>}, a {@link LinkedHashMap} in stored order</td></tr>
 *   <tr><td>SS / NS / BS</td><td>a mutable {@code Set<String>} / {@code Set<BigDecimal>} /
 *       {@code Set<SdkBytes>}, a {@link LinkedHashSet} in stored order</td></tr>
 * </table>
 *
 * <p>A Java {@code null} where an attribute value was expected also reads as {@code null}. An
 * attribute value of a type this SDK does not know or with several types set (JSON such as
 * {@code {"S":"x","N":"1"}}), a set holding null, or an N that is not a number, raises a
 * {@link MappingException} naming its path ({@code address.tags[2]}).
 *
 * <p>Writing back what was read with {@link PlainSerializer} gives the same attribute values.
 * The class is stateless and thread-safe; it uses no reflection.
 */
public final class PlainDeserializer {
  private PlainDeserializer() {}

  /**
   * Converts a whole item, attribute by attribute; a NULL attribute becomes a {@code null} value
   * under its name.
   *
   * @param item the stored item
   * @return a new, mutable {@link LinkedHashMap} in the item's iteration order
   * @throws MappingException if an attribute value cannot be read, naming its path
   */
  public static Map<String, Object> fromItem(Map<String, AttributeValue> item) {
    Objects.requireNonNull(item, "item");
    return fromMap(item);
  }

  /**
   * Converts one attribute value, nested lists and maps included.
   *
   * @param value the stored attribute value
   * @return the plain value: String, BigDecimal, Boolean, byte[], List, Map, Set or null
   * @throws MappingException if the value, or anything inside it, cannot be read
   */
  public static Object fromAttributeValue(AttributeValue value) {
    if (value == null) {
      return null;
    }
    AttributeValue.Type type = value.type();
    if (type == null) {
      // Several types set at once: the SDK builds such a value from JSON like {"S":"x","N":"1"}.
      throw MappingException.wrongType(null, "an attribute value of exactly one type", value);
    }
    switch (type) {
      case S:
        return value.s();
      case N:
        return number(value.n());
      case BOOL:
        return value.bool();
      case B:
        return value.b();
      case NUL:
        return null;
      case L:
        return fromList(value.l());
      case M:
        return fromMap(value.m());
      case SS:
        return setOf(value.ss(), "SS");
      case NS:
        return numberSet(value.ns());
      case BS:
        return setOf(value.bs(), "BS");
      default:
        throw MappingException.wrongType(
            null, "an attribute value of type S, N, B, BOOL, NULL, L, M, SS, NS or BS", value);
    }
  }

  // The path of a failure is added while the MappingException travels up (under, atIndex), so
  // reading a value that is fine builds no path at all.

  private static List<Object> fromList(List<AttributeValue> values) {
    List<Object> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      try {
        out.add(fromAttributeValue(values.get(i)));
      } catch (MappingException e) {
        throw e.atIndex(i);
      }
    }
    return out;
  }

  private static Map<String, Object> fromMap(Map<String, AttributeValue> values) {
    Map<String, Object> out = new LinkedHashMap<>(Math.max(4, values.size() * 4 / 3 + 1));
    for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
      try {
        out.put(entry.getKey(), fromAttributeValue(entry.getValue()));
      } catch (MappingException e) {
        throw e.under(entry.getKey());
      }
    }
    return out;
  }

  private static <E> Set<E> setOf(List<E> elements, String setType) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) == null) {
        throw nullElement(setType).atIndex(i);
      }
    }
    return new LinkedHashSet<>(elements);
  }

  private static MappingException nullElement(String setType) {
    return MappingException.badValue(null, setType + " element", "null, which no DynamoDB set holds", null);
  }

  private static Set<BigDecimal> numberSet(List<String> texts) {
    Set<BigDecimal> out = new LinkedHashSet<>(Math.max(4, texts.size() * 4 / 3 + 1));
    for (int i = 0; i < texts.size(); i++) {
      try {
        out.add(number(texts.get(i)));
      } catch (MappingException e) {
        throw e.atIndex(i);
      }
    }
    return out;
  }

  private static BigDecimal number(String text) {
    if (text == null) {
      throw MappingException.badValue(null, "N (a number)", "null, which no DynamoDB number is", null);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw MappingException.badValue(null, "N (a number)", "N \"" + text + "\", not a number", e);
    }
  }
}
