package io.dynagen.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored item does not fit its class: an attribute has the wrong DynamoDB type, a number does
 * not fit the Java type, a string is not a valid enum constant or date, and so on.
 *
 * <p>The message names the table, the item's key, the attribute path ({@code address.zipcode},
 * {@code tags[2]}), the type expected and what was found. The path is built while the exception
 * travels up through nested documents, lists and maps, so reading an item that fits costs
 * nothing extra.
 */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Deque<String> path = new ArrayDeque<>();
  /** What the class expected: a DynamoDB type or a value's form. */
  private final String expected;
  /** What the stored item held instead. */
  private final String found;
  /** The table the item was read from, once known. */
  private String table;
  /** The item's key, as text, once known. */
  private String key;

  private MappingException(String expected, String found, Throwable cause) {
    super(cause);
    this.expected = expected;
    this.found = found;
  }

  /**
   * The attribute {@code attribute} holds {@code value}, which is not of the type the property
   * needs.
   *
   * @param attribute the attribute name, or {@code null} for a list element or map value (the
   *     caller adds the index or key)
   * @param expected what the property needs, such as {@code "N (int)"}
   * @param value the stored attribute value
   * @return this exception
   */
  public static MappingException wrongType(String attribute, String expected, AttributeValue value) {
    return new MappingException(expected, describe(value), null).under(attribute);
  }

  /**
   * The attribute {@code attribute} holds a value of the right DynamoDB type that still does not
   * fit: a number out of range, a string that is not a date.
   *
   * @param attribute the attribute name, or {@code null} for a list element or map value
   * @param expected what the property needs, such as {@code N (int)}
   * @param found a short rendering of the stored value and why it does not fit
   * @param cause why it does not fit, or {@code null}
   * @return this exception
   */
  public static MappingException badValue(String attribute, String expected, String found, Throwable cause) {
    return new MappingException(expected, found, cause).under(attribute);
  }

  /**
   * Prefixes the path with an attribute name (no-op for {@code null}).
   *
   * @param attribute the attribute name to put in front, or {@code null}
   * @return this exception
   */
  public MappingException under(String attribute) {
    if (attribute != null) {
      path.addFirst(attribute);
    }
    return this;
  }

  /**
   * Prefixes the path with a list index: {@code [3]}.
   *
   * @param index the list index
   * @return this exception
   */
  public MappingException atIndex(int index) {
    path.addFirst("[" + index + "]");
    return this;
  }

  /**
   * Records the table the item was read from, over the name a schema may have given (its
   * {@code @Table} name, which a table created under another name does not have), and the item's
   * key unless an inner caller gave it.
   *
   * @param tableName the name of the table the item was read from
   * @param itemKey the item's key
   * @return this exception
   */
  public MappingException readFrom(String tableName, Map<String, AttributeValue> itemKey) {
    if (tableName != null) {
      this.table = tableName;
    }
    return inItem(null, itemKey);
  }

  /**
   * Records the table and the item's key, once: the innermost caller that knows them wins.
   *
   * @param tableName the table the item came from
   * @param itemKey the item's key
   * @return this exception
   */
  public MappingException inItem(String tableName, Map<String, AttributeValue> itemKey) {
    if (this.table == null && tableName != null) {
      this.table = tableName;
    }
    if (this.key == null && itemKey != null) {
      this.key = describeKey(itemKey);
    }
    return this;
  }

  /**
   * The table the item came from, or {@code null} if unknown.
   *
   * @return this exception
   */
  public String table() {
    return table;
  }

  /**
   * The item's key, rendered as {@code {username=S:"johndoe", last_name=S:"Doe"}}, or null.
   *
   * @return this exception
   */
  public String key() {
    return key;
  }

  /**
   * The attribute path, such as {@code address.zipcode} or {@code tags[2]}.
   *
   * @return this exception
   */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (String segment : path) {
      if (out.length() > 0 && !segment.startsWith("[")) {
        out.append('.');
      }
      out.append(segment);
    }
    return out.toString();
  }

  /**
   * What the property needs, such as {@code N (int)}.
   *
   * @return this exception
   */
  public String expectedType() {
    return expected;
  }

  /**
   * What was stored, such as {@code S "abc"}.
   *
   * @return this exception
   */
  public String foundType() {
    return found;
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder("Cannot read attribute '").append(path()).append('\'');
    if (key != null) {
      message.append(" of item ").append(key);
    }
    if (table != null) {
      message.append(" in table '").append(table).append('\'');
    }
    message.append(": expected ").append(expected).append(", found ").append(found);
    if (getCause() != null && getCause().getMessage() != null) {
      message.append(" (").append(getCause().getMessage()).append(')');
    }
    return message.toString();
  }

  /** Renders a key map as {@code {username=S "johndoe", last_name=S "Doe"}}. */
  static String describeKey(Map<String, AttributeValue> key) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(entry.getKey()).append('=').append(describe(entry.getValue()));
    }
    return out.append('}').toString();
  }

  /**
   * A short rendering of a stored value: its DynamoDB type and, for scalars, the value. Never
   * throws: a value with several types set (the SDK builds one from wire JSON such as {@code
   * {"S":"x","N":"1"}}, and its {@code type()} is then null) is named by the types it holds.
   */
  static String describe(AttributeValue value) {
    if (value == null) {
      return "nothing";
    }
    AttributeValue.Type type = value.type();
    if (type == null) {
      return "a value with several types set (" + typesSet(value) + "), which DynamoDB never stores";
    }
    switch (type) {
      case S:
        // The SDK's builder keeps the type S when a string is set and then cleared.
        return value.s() == null ? "S with no string in it" : "S \"" + abbreviate(value.s()) + '"';
      case N:
        return value.n() == null ? "N with no number in it" : "N " + abbreviate(value.n());
      case BOOL:
        return "BOOL " + value.bool();
      case NUL:
        return "NULL";
      case B:
        return value.b() == null ? "B null" : "B (" + value.b().asByteArrayUnsafe().length + " bytes)";
      case SS:
        return "SS of " + value.ss().size();
      case NS:
        return "NS of " + value.ns().size();
      case BS:
        return "BS of " + value.bs().size();
      case L:
        return "L of " + value.l().size();
      case M:
        return "M of " + value.m().size();
      default:
        return "an attribute value of unknown type";
    }
  }

  /** The types a value holds, as {@code S, N}. */
  static String typesSet(AttributeValue value) {
    StringBuilder out = new StringBuilder();
    appendIf(out, value.s() != null, "S");
    appendIf(out, value.n() != null, "N");
    appendIf(out, value.b() != null, "B");
    appendIf(out, value.bool() != null, "BOOL");
    appendIf(out, value.nul() != null, "NULL");
    appendIf(out, value.hasSs(), "SS");
    appendIf(out, value.hasNs(), "NS");
    appendIf(out, value.hasBs(), "BS");
    appendIf(out, value.hasL(), "L");
    appendIf(out, value.hasM(), "M");
    return out.toString();
  }

  private static void appendIf(StringBuilder out, boolean set, String type) {
    if (set) {
      out.append(out.length() > 0 ? ", " : "").append(type);
    }
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
