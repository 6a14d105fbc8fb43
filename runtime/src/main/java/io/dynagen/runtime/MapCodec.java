package io.dynagen.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code Map} with String or enum keys stored as M, each value through its own codec; a null
 * value is stored as {@code NULL}, a null key is refused.
 *
 * @param <K> the key type: String, or an enum stored by its constant name
 * @param <V> the value type
 */
public final class MapCodec<K, V> implements AttributeCodec<Map<K, V>> {
  private final AttributeCodec<K> enumKeys;
  private final AttributeCodec<V> values;
  private final String javaType;

  /**
   * {@return a map with String keys; {@code javaType} as the user wrote it, for messages}
   *
   * @param <V> the value type
   * @param values the codec of one value
   * @param javaType the map's Java type as the user wrote it, for messages
   */
  public static <V> MapCodec<String, V> of(AttributeCodec<V> values, String javaType) {
    return new MapCodec<>(null, values, javaType);
  }

  /**
   * {@return a map with enum keys, stored by their constant names}
   *
   * @param <K> the enum key type
   * @param <V> the value type
   * @param keys the codec of the enum keys
   * @param values the codec of one value
   * @param javaType the map's Java type as the user wrote it, for messages
   */
  public static <K extends Enum<K>, V> MapCodec<K, V> of(
      EnumCodec<K> keys, AttributeCodec<V> values, String javaType) {
    return new MapCodec<>(keys, values, javaType);
  }

  private MapCodec(AttributeCodec<K> enumKeys, AttributeCodec<V> values, String javaType) {
    this.enumKeys = enumKeys;
    this.values = values;
    this.javaType = javaType;
  }

  @Override
  public AttributeValue write(Map<K, V> value, String attribute) {
    Map<String, AttributeValue> map = new LinkedHashMap<>(Codecs.capacity(value.size()));
    for (Map.Entry<K, V> entry : value.entrySet()) {
      K key = entry.getKey();
      if (key == null) {
        throw Codecs.nullMapKey(attribute);
      }
      V v = entry.getValue();
      map.put(enumKeys == null ? (String) key : ((Enum<?>) key).name(),
          v == null ? Codecs.NUL : Codecs.orNul(values.write(v, attribute)));
    }
    return AttributeValue.createM(map);
  }

  @Override
  @SuppressWarnings("unchecked") // K is String when there is no enum key codec
  public Map<K, V> read(AttributeValue value, String attribute) {
    Map<String, AttributeValue> map = Codecs.readMap(value, attribute, javaType);
    Map<K, V> result = new LinkedHashMap<>(Codecs.capacity(map.size()));
    for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
      AttributeValue v = entry.getValue();
      try {
        K key = enumKeys == null ? (K) entry.getKey() : enumKeys.read(AttributeValue.createS(entry.getKey()), null);
        result.put(key, Codecs.isAbsent(v) ? values.absent() : values.read(v, null));
      } catch (MappingException failure) {
        throw failure.under(entry.getKey()).under(attribute);
      }
    }
    return result;
  }
}
