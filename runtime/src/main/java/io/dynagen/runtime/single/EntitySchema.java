package io.dynagen.runtime.single;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.SecondaryIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schema of one entity type in a single table: its properties as the entity's generated codec
 * writes them, plus the key attributes assembled from its templates (the table's and each shared
 * index's it is in) and, unless types are told apart by key prefix, its type name. With it, a
 * {@link io.dynagen.runtime.table.TypedTable} of the entity does everything a one-class table
 * does: gets, puts, deletes, updates, batches, transactions.
 *
 * @param <E> the entity class
 */
public final class EntitySchema<E> implements ItemSchema<E> {
  private final SingleTableLayout layout;
  private final EntityType<E> entity;
  private final KeyAttribute partitionKey;
  private final KeyAttribute sortKey;
  private final List<SecondaryIndex> indexes;

  EntitySchema(SingleTableLayout layout, EntityType<E> entity) {
    this.layout = layout;
    this.entity = entity;
    this.partitionKey = Layouts.partitionKey(layout);
    this.sortKey = Layouts.sortKey(layout);
    this.indexes = Layouts.indexes(layout);
  }

  /** {@return the entity type} */
  public EntityType<E> entity() {
    return entity;
  }

  /** {@return the table's layout} */
  public SingleTableLayout layout() {
    return layout;
  }

  @Override
  public Class<E> type() {
    return entity.type();
  }

  @Override
  public String tableName() {
    return layout.tableName();
  }

  @Override
  public KeyAttribute partitionKey() {
    return partitionKey;
  }

  @Override
  public KeyAttribute sortKey() {
    return sortKey;
  }

  @Override
  public List<SecondaryIndex> indexes() {
    return indexes;
  }

  /** {@return the entity's generated attributes: its table fills and checks them on every write} */
  @Override
  public GeneratedAttributes generatedAttributes() {
    return entity.properties().generatedAttributes();
  }

  @Override
  public Map<String, AttributeValue> toItem(E object) {
    // The generated codec returns a map of its own, with room to spare for the keys.
    Map<String, AttributeValue> item = entity.properties().toMap(object);
    String name = entity.name();
    item.put(layout.partitionKey(), AttributeValue.createS(
        entity.partitionKey().format(name, entity.values(object, entity.partitionKey()))));
    item.put(layout.sortKey(), AttributeValue.createS(
        entity.sortKey().format(name, entity.values(object, entity.sortKey()))));
    for (EntityType.IndexKeys keys : entity.indexes()) {
      putIndexKeys(item, object, keys);
    }
    if (layout.storesType()) {
      item.put(layout.typeAttribute(), AttributeValue.createS(name));
    }
    return item;
  }

  /** Writes an index's keys, unless a property they need is null: the item is then not in the index. */
  private void putIndexKeys(Map<String, AttributeValue> item, E object, EntityType.IndexKeys keys) {
    SingleTableLayout.Index index = layout.index(keys.index());
    Object[] partitionValues = entity.values(object, keys.partitionKey());
    Object[] sortValues = keys.sortKey() == null ? new Object[0] : entity.values(object, keys.sortKey());
    if (anyNull(partitionValues) || anyNull(sortValues)) {
      return;
    }
    item.put(index.partitionKey(), AttributeValue.createS(keys.partitionKey().format(entity.name(), partitionValues)));
    if (keys.sortKey() != null) {
      item.put(index.sortKey(), AttributeValue.createS(keys.sortKey().format(entity.name(), sortValues)));
    }
  }

  private static boolean anyNull(Object[] values) {
    for (Object value : values) {
      if (value == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an object. A MappingException is left for the table that read the item to complete with
   * its name (which may not be the declared one) and the item's key.
   */
  @Override
  public E fromItem(Map<String, AttributeValue> item) {
    return entity.properties().fromMap(item);
  }

  @Override
  public Map<String, AttributeValue> keyOf(E object) {
    return tableKey(entity.values(object, entity.partitionKey()), entity.values(object, entity.sortKey()));
  }

  /**
   * The item key of the template properties' values: the partition template's, then the sort
   * template's, in template order (as the generated key methods take them).
   *
   * @param values the values
   * @return the item key
   * @throws IllegalArgumentException if a value is null, missing or holds its separator
   */
  public Map<String, AttributeValue> key(Object... values) {
    int partitionCount = entity.partitionKey().properties().size();
    int sortCount = entity.sortKey().properties().size();
    if (values.length != partitionCount + sortCount) {
      throw new IllegalArgumentException("A key of " + entity.name() + " takes " + (partitionCount + sortCount)
          + " values, not " + values.length);
    }
    Object[] partitionValues = new Object[partitionCount];
    Object[] sortValues = new Object[sortCount];
    System.arraycopy(values, 0, partitionValues, 0, partitionCount);
    System.arraycopy(values, partitionCount, sortValues, 0, sortCount);
    return tableKey(partitionValues, sortValues);
  }

  private Map<String, AttributeValue> tableKey(Object[] partitionValues, Object[] sortValues) {
    Map<String, AttributeValue> key = new HashMap<>(4);
    key.put(layout.partitionKey(), AttributeValue.createS(entity.partitionKey().format(entity.name(), partitionValues)));
    key.put(layout.sortKey(), AttributeValue.createS(entity.sortKey().format(entity.name(), sortValues)));
    return key;
  }

  /** The partition key text of the partition template's values. */
  String partitionText(Object... values) {
    return entity.partitionKey().format(entity.name(), values);
  }

  /** True if the item's key attributes could have been written by this entity's templates. */
  boolean matchesKeys(Map<String, AttributeValue> item) {
    AttributeValue partition = item.get(layout.partitionKey());
    AttributeValue sort = item.get(layout.sortKey());
    return partition != null && partition.s() != null && sort != null && sort.s() != null
        && entity.partitionKey().matches(partition.s()) && entity.sortKey().matches(sort.s());
  }

  @Override
  public String toString() {
    return "EntitySchema[" + entity + " in " + layout.tableName() + "]";
  }
}
