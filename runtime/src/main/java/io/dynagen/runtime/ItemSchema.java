package io.dynagen.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * The generated, reflection-free schema of a {@code @Table} class: converts objects to and
 * from DynamoDB items and describes the table's keys and indexes.
 *
 * <p>Implementations are generated as {@code XSchema} next to the class, with a {@code public
 * static final XSchema INSTANCE}; they are immutable and thread-safe.
 *
 * @param <T> the mapped class
 */
public interface ItemSchema<T> {

  /** {@return the mapped class} */
  Class<T> type();

  /** {@return the table name from {@code @Table(name = ...)}, or the class's simple name} */
  String tableName();

  /** {@return the table's partition key} */
  KeyAttribute partitionKey();

  /** {@return the table's sort key, or {@code null} if the table has none} */
  KeyAttribute sortKey();

  /** {@return the secondary indexes declared on the class, global and local} */
  List<SecondaryIndex> indexes();

  /**
   * Converts an object to an item; null properties are left out.
   *
   * @param object the object to convert
   * @return the item
   */
  Map<String, AttributeValue> toItem(T object);

  /**
   * Reads an object from an item.
   *
   * @param item the stored item
   * @return the object
   * @throws MappingException if an attribute does not fit its property
   */
  T fromItem(Map<String, AttributeValue> item);

  /**
   * True if a read of many items (a query's or scan's pages) leaves this item out instead of
   * reading it. Only the schema of a single table read with unknown types skipped ever does: an
   * item written by a newer version of the application, of an entity type this code lacks.
   *
   * @param item the item as read
   * @return true to leave the item out
   */
  default boolean skipsOnRead(Map<String, AttributeValue> item) {
    return false;
  }

  /**
   * True if a read of many items returns every item it matches, so that a count may ask DynamoDB
   * for the number alone (Select COUNT). False for the schema of a single table, whose reads leave
   * out or refuse items of types this code does not know: its counts read each matching item's
   * keys and {@link #typeAttributes()} and count those {@link #returnsOnRead} keeps, so that a
   * count is the number of items the same read returns.
   *
   * @return true unless reads tell items apart by type
   */
  default boolean readsEveryItem() {
    return true;
  }

  /**
   * {@return the attributes besides the keys that tell an item's type (a single table's type
   * attribute), which every projection and count reads along with the keys; none by default}
   */
  default List<String> typeAttributes() {
    return List.of();
  }

  /**
   * Whether a read of many items returns this item, told from its keys and {@link
   * #typeAttributes()} alone: false if it leaves it out ({@link #skipsOnRead}).
   *
   * @param item the item's keys and type attributes, at least
   * @return true if a read returns it
   * @throws MappingException if a read refuses it: an item of a type this code does not know
   */
  default boolean returnsOnRead(Map<String, AttributeValue> item) {
    return !skipsOnRead(item);
  }

  /**
   * {@return the primary key of an object as an item key (partition key, and sort key if any)}
   *
   * @param object the object whose key to take
   * @throws IllegalArgumentException if a key property is null or an empty string
   */
  Map<String, AttributeValue> keyOf(T object);

  /**
   * {@return the attributes Dynagen writes itself on every write ({@code @Version}, {@code
   * @AutoTimestamp}, {@code @GeneratedUuid}, {@code @AtomicCounter}) and the {@code @Ttl}
   * attribute; none unless the class declares them}
   */
  default GeneratedAttributes generatedAttributes() {
    return GeneratedAttributes.NONE;
  }

  /**
   * {@return the table's key schema, for CreateTable: the partition key, then the sort key if any}
   */
  default List<KeySchemaElement> keySchema() {
    return keySchema(partitionKey(), sortKey());
  }

  /**
   * {@return the attribute definitions CreateTable needs: every key attribute of the table and of
   * its indexes, each once}
   */
  default List<AttributeDefinition> attributeDefinitions() {
    Map<String, KeyAttribute> keys = new LinkedHashMap<>();
    keys.put(partitionKey().name(), partitionKey());
    if (sortKey() != null) {
      keys.put(sortKey().name(), sortKey());
    }
    for (SecondaryIndex index : indexes()) {
      keys.putIfAbsent(index.partitionKey().name(), index.partitionKey());
      if (index.sortKey() != null) {
        keys.putIfAbsent(index.sortKey().name(), index.sortKey());
      }
    }
    List<AttributeDefinition> definitions = new ArrayList<>(keys.size());
    for (KeyAttribute key : keys.values()) {
      definitions.add(
          AttributeDefinition.builder().attributeName(key.name()).attributeType(key.type()).build());
    }
    return definitions;
  }

  /**
   * {@return the key schema of a partition key and an optional sort key}
   *
   * @param partitionKey the partition key
   * @param sortKey the sort key, or {@code null}
   */
  static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
    List<KeySchemaElement> schema = new ArrayList<>(2);
    schema.add(
        KeySchemaElement.builder().attributeName(partitionKey.name()).keyType(KeyType.HASH).build());
    if (sortKey != null) {
      schema.add(
          KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
    }
    return schema;
  }
}
