package io.dynagen.runtime.expr;

import io.dynagen.runtime.Codecs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a {@code Map<String, V>} as M, each value through the value encoder; null values
 * become {@code NULL}, as in stored items.
 *
 * @param <V> the value type
 */
public final class MapEncoder<V> implements ValueEncoder<Map<String, V>> {
  private final ValueEncoder<V> valueEncoder;

  /**
   * Encodes each map value with {@code valueEncoder}.
   *
   * @param valueEncoder how one value is stored
   */
  public MapEncoder(ValueEncoder<V> valueEncoder) {
    this.valueEncoder = Objects.requireNonNull(valueEncoder, "valueEncoder");
  }

  /** {@return the encoder of one map value} */
  public ValueEncoder<V> valueEncoder() {
    return valueEncoder;
  }

  @Override
  public AttributeValue encode(Map<String, V> value, String attribute) {
    Map<String, AttributeValue> entries = new LinkedHashMap<>(value.size() * 2);
    for (Map.Entry<String, V> entry : value.entrySet()) {
      if (entry.getKey() == null) {
        throw new IllegalArgumentException(
            "Attribute '" + attribute + "' is a map with a null key: DynamoDB map keys are"
                + " strings; remove the null key");
      }
      V v = entry.getValue();
      entries.put(
          entry.getKey(),
          v == null ? Codecs.NUL : valueEncoder.encode(v, attribute + "." + entry.getKey()));
    }
    return AttributeValue.createM(entries);
  }
}
