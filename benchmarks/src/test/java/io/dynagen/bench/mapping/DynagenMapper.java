package io.dynagen.bench.mapping;

import io.dynagen.runtime.ItemSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps through the schema Dynagen's processor generated for the class ({@code XSchema.INSTANCE}). */
public final class DynagenMapper<T> implements ItemMapper<T> {
  private final ItemSchema<T> schema;

  public DynagenMapper(ItemSchema<T> schema) {
    this.schema = schema;
  }

  @Override
  public Map<String, AttributeValue> toItem(T object) {
    return schema.toItem(object);
  }

  @Override
  public T fromItem(Map<String, AttributeValue> item) {
    return schema.fromItem(item);
  }
}
