package io.dynagen.bench.mapping;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps through the Enhanced Client's bean schema ({@code TableSchema.fromBean}), leaving null
 * properties out of the item as its {@code putItem} does.
 */
public final class EnhancedMapper<T> implements ItemMapper<T> {
  private final TableSchema<T> schema;

  public EnhancedMapper(TableSchema<T> schema) {
    this.schema = schema;
  }

  @Override
  public Map<String, AttributeValue> toItem(T object) {
    return schema.itemToMap(object, true);
  }

  @Override
  public T fromItem(Map<String, AttributeValue> item) {
    return schema.mapToItem(item);
  }
}
