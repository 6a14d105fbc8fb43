package io.dynagen.runtime.testmodel;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.SecondaryIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A schema whose objects are the items themselves, for tests that need values no Java class
 * would produce (40-digit numbers, 32 levels of maps): table key {@code pk} (S) and {@code sk}
 * (S), indexes as given.
 */
public final class RawItemSchema implements ItemSchema<Map<String, AttributeValue>> {
  public static final KeyAttribute PK = new KeyAttribute("pk", ScalarAttributeType.S);
  public static final KeyAttribute SK = new KeyAttribute("sk", ScalarAttributeType.S);

  private final List<SecondaryIndex> indexes;

  public RawItemSchema(SecondaryIndex... indexes) {
    this.indexes = List.of(indexes);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<Map<String, AttributeValue>> type() {
    return (Class) Map.class;
  }

  @Override
  public String tableName() {
    return "raw";
  }

  @Override
  public KeyAttribute partitionKey() {
    return PK;
  }

  @Override
  public KeyAttribute sortKey() {
    return SK;
  }

  @Override
  public List<SecondaryIndex> indexes() {
    return indexes;
  }

  @Override
  public Map<String, AttributeValue> toItem(Map<String, AttributeValue> object) {
    return new LinkedHashMap<>(object);
  }

  @Override
  public Map<String, AttributeValue> fromItem(Map<String, AttributeValue> item) {
    return new LinkedHashMap<>(item);
  }

  @Override
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> object) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("pk", object.get("pk"));
    key.put("sk", object.get("sk"));
    return key;
  }

  /** An item with this key and these other attributes (name, value, name, value, ...). */
  public static Map<String, AttributeValue> item(String pk, String sk, Object... attributes) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", AttributeValue.fromS(pk));
    item.put("sk", AttributeValue.fromS(sk));
    for (int i = 0; i < attributes.length; i += 2) {
      item.put((String) attributes[i], (AttributeValue) attributes[i + 1]);
    }
    return item;
  }
}
