package io.dynagen.runtime;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every generated {@code XSchema} of a {@code @Table} class holds as data rather than code:
 * the class, the table name, the keys and the indexes, and the naming of the item in a {@link
 * MappingException}. The generated subclass writes and reads the properties.
 *
 * @param <T> the mapped class
 */
public abstract class TableSchema<T> implements ItemSchema<T> {
  private final Class<T> type;
  private final String tableName;
  private final KeyAttribute partitionKey;
  private final KeyAttribute sortKey;
  private final List<SecondaryIndex> indexes;

  /**
   * For generated subclasses; {@code sortKey} is null for a table without one.
   *
   * @param type the mapped class
   * @param tableName the table's name
   * @param partitionKey the table's partition key
   * @param sortKey the table's sort key, or {@code null}
   * @param indexes the table's secondary indexes
   */
  protected TableSchema(Class<T> type, String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
      List<SecondaryIndex> indexes) {
    this.type = type;
    this.tableName = tableName;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
    this.indexes = indexes;
  }

  @Override
  public final Class<T> type() {
    return type;
  }

  @Override
  public final String tableName() {
    return tableName;
  }

  @Override
  public final KeyAttribute partitionKey() {
    return partitionKey;
  }

  @Override
  public final KeyAttribute sortKey() {
    return sortKey;
  }

  @Override
  public final List<SecondaryIndex> indexes() {
    return indexes;
  }

  /** Reads an object; a mismatch is reported with the table's name and the item's key. */
  @Override
  public final T fromItem(Map<String, AttributeValue> item) {
    try {
      return read(item);
    } catch (MappingException e) {
      throw e.inItem(tableName, Codecs.keyOfItem(item, partitionKey, sortKey));
    }
  }

  /**
   * Reads an object from an item, the generated part of {@link #fromItem}.
   *
   * @param item the stored item
   * @return the object
   */
  protected abstract T read(Map<String, AttributeValue> item);
}
