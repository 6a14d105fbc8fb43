package io.dynagen.runtime.expr;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placeholders of the expressions of one request: every attribute name becomes {@code #n0},
 * {@code #n1}, … and every value {@code :v0}, {@code :v1}, …, so that reserved words ({@code
 * name}, {@code status}, {@code size}), names holding dots or {@code #}, and any value are safe,
 * and no value is ever part of the expression text.
 *
 * <p>One instance serves all expressions of a request (key condition, filter, condition,
 * update, projection), because DynamoDB takes one name map and one value map per request. The
 * same name gets the same placeholder each time. Not thread-safe: use one per request.
 */
public final class Placeholders {
  private final Map<String, String> placeholderByName = new HashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  /** Starts with no names and no values. */
  public Placeholders() {}

  /**
   * {@return the placeholder of an attribute name (or map key), {@code #n0}, reused for the same
   * name}
   *
   * @param attributeName the attribute name or map key
   */
  public String name(String attributeName) {
    Objects.requireNonNull(attributeName, "attributeName");
    String placeholder = placeholderByName.get(attributeName);
    if (placeholder == null) {
      placeholder = "#n" + names.size();
      placeholderByName.put(attributeName, placeholder);
      names.put(placeholder, attributeName);
    }
    return placeholder;
  }

  /**
   * {@return a new placeholder for a value, {@code :v0}}
   *
   * @param value the stored value
   */
  public String value(AttributeValue value) {
    Objects.requireNonNull(value, "value");
    String placeholder = ":v" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  /**
   * {@return a projection expression listing the paths: {@code #n0, #n1.#n2}}
   *
   * @param paths the paths to read
   */
  public String projection(Collection<? extends AttributePath> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("A projection needs at least one attribute path");
    }
    StringBuilder out = new StringBuilder();
    for (AttributePath path : paths) {
      if (out.length() > 0) {
        out.append(", ");
      }
      path.appendTo(out, this);
    }
    return out.toString();
  }

  /** {@return the name map for {@code ExpressionAttributeNames}: placeholder to attribute name} */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(names);
  }

  /** {@return the value map for {@code ExpressionAttributeValues}: placeholder to value} */
  public Map<String, AttributeValue> values() {
    return Collections.unmodifiableMap(values);
  }

  /** {@return the name map, or {@code null} if empty: DynamoDB rejects an empty map} */
  public Map<String, String> namesOrNull() {
    return names.isEmpty() ? null : names();
  }

  /** {@return the value map, or {@code null} if empty: DynamoDB rejects an empty map} */
  public Map<String, AttributeValue> valuesOrNull() {
    return values.isEmpty() ? null : values();
  }
}
