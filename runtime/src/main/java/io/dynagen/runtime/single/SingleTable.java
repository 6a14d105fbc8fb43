package io.dynagen.runtime.single;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;
import java.util.Objects;
import java.util.Optional;

/**
 * What every generated table of a sealed root ({@code ShopItemTable}) offers that does not depend
 * on its entity types: table admin, scans and the item collections' queries, all reading the root
 * type. The generated subclass adds one accessor per entity type, one query per item collection
 * and one accessor per shared index. Immutable and thread-safe.
 *
 * @param <R> the sealed root type
 */
public abstract class SingleTable<R> implements TableHandle<R> {
  private final TypedTable<R> table;
  private final SingleTableSchema<R> schema;

  /**
   * For generated subclasses: the table underneath, of a {@link SingleTableSchema}.
   *
   * @param table the table of the root
   * @throws IllegalArgumentException if the table's schema is not one
   */
  protected SingleTable(TypedTable<R> table) {
    this.table = Objects.requireNonNull(table, "table");
    if (!(table.schema() instanceof SingleTableSchema)) {
      throw new IllegalArgumentException("A single table needs a SingleTableSchema, not " + table.schema());
    }
    @SuppressWarnings("unchecked") // a table of R reads R: its schema is a schema of R
    SingleTableSchema<R> rootSchema = (SingleTableSchema<R>) table.schema();
    this.schema = rootSchema;
  }

  /**
   * {@return the same table (same client and name) read through another schema of the root}
   *
   * @param <R> the sealed root type
   * @param table the table
   * @param schema the other schema
   */
  protected static <R> TypedTable<R> reopen(TypedTable<R> table, SingleTableSchema<R> schema) {
    return TypedTable.of(table.client(), schema, table.tableName());
  }

  /** {@return the table underneath, reading and writing the root type with keys as maps} */
  @Override
  public final TypedTable<R> typed() {
    return table;
  }

  /** {@return the table's name} */
  public final String tableName() {
    return table.tableName();
  }

  /** {@return the schema of the root} */
  public final SingleTableSchema<R> schema() {
    return schema;
  }

  /** {@return the table underneath, reading through a schema that leaves items of unknown types out} */
  protected final TypedTable<R> skippingUnknownTypes() {
    return reopen(table, schema.skippingUnknownTypes());
  }

  final <E extends R> EntitySchema<E> entitySchema(EntityType<E> type) {
    return schema.entity(type);
  }

  final boolean sharesIndexPrefixes(EntityType<?> type, EntityType.IndexKeys keys) {
    return schema.sharesIndexPrefixes(type, keys);
  }

  /**
   * The items of one partition of the table, every type, in sort-key order: an item collection.
   *
   * @param partitionKey the partition template the collection's entity types share
   * @param values its properties' values, in template order
   * @return the query, to narrow or read
   */
  protected final Query<R> collection(KeyTemplate partitionKey, Object... values) {
    return table.query(partitionKey.format(table.schema().type().getSimpleName(), values), Encoders.STRING);
  }

  /** {@return a scan of every item of the table, of every type} */
  public final Scan<R> scan() {
    return table.scan();
  }

  /** {@return the table, created with its shared indexes, on-demand capacity, once it is active} */
  public final TableInfo createTable() {
    return table.createTable();
  }

  /**
   * {@return the table, created with its shared indexes with options, once it is active}
   *
   * @param options capacity and other options
   */
  public final TableInfo createTable(TableOptions options) {
    return table.createTable(options);
  }

  /** {@return true if the table did not exist and was created, with on-demand capacity} */
  public final boolean createTableIfMissing() {
    return table.createTableIfMissing(TableOptions.onDemand());
  }

  /** Deletes the table and every item in it. */
  public final void deleteTable() {
    table.deleteTable();
  }

  /** {@return the table's description: status, keys, indexes, item count} */
  public final TableInfo describe() {
    return table.describe();
  }

  /** {@return true if the table exists} */
  public final boolean exists() {
    return table.exists();
  }

  /**
   * {@return the attribute DynamoDB expires items by (the {@code @Ttl} the entity types share), or
   * empty if expiry is off}
   */
  public final Optional<String> timeToLiveAttribute() {
    return table.timeToLiveAttribute();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + tableName() + "]";
  }
}
