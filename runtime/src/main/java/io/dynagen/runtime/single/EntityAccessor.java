package io.dynagen.runtime.single;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValuePath;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.read.Query;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every generated accessor of one entity type offers that does not depend on its key
 * properties' types: writes of whole objects, batches, and the typed table underneath. The
 * generated subclass ({@code ShopItemTable.Orders}) adds {@code key}, {@code get}, {@code delete},
 * {@code update} and {@code query} typed from the template properties. A {@link TableHandle}, so
 * that transactions and batches across entity types take it: {@code
 * TransactWrite.with(client).put(shop.orders(), order).put(shop.orderLines(), line)}.
 *
 * @param <E> the entity class
 */
public abstract class EntityAccessor<E> implements TableHandle<E> {
  private final TypedTable<E> table;
  private final EntitySchema<E> schema;
  private final Condition typeFilter;
  private final Set<String> keyAttributes;

  /**
   * For generated subclasses: the accessor of {@code type} in {@code root}'s table.
   *
   * @param root the generated table of the sealed root
   * @param type the entity type, one of the root's
   */
  protected EntityAccessor(SingleTable<? super E> root, EntityType<E> type) {
    this.schema = root.entitySchema(type);
    this.table = TypedTable.of(root.typed().client(), schema, root.tableName());
    SingleTableLayout layout = schema.layout();
    // Where the type is stored, a query of this type's key prefixes keeps only its items: another
    // type's keys may begin alike (E#{n} and E#{n}#NOTE), even one a newer version of the
    // application added that this code does not know. With key-prefix discrimination the keys
    // alone tell the types apart.
    this.typeFilter = layout.storesType()
        ? new ValuePath<>(null, layout.typeAttribute(), Encoders.STRING).eq(type.name())
        : null;
    this.keyAttributes = keyAttributes(layout, type);
  }

  /** The attributes an update may not change: the keys, the type and the template properties. */
  private static Set<String> keyAttributes(SingleTableLayout layout, EntityType<?> type) {
    Set<String> names = new HashSet<>();
    names.add(layout.partitionKey());
    names.add(layout.sortKey());
    if (layout.storesType()) {
      names.add(layout.typeAttribute());
    }
    for (SingleTableLayout.Index index : layout.indexes()) {
      names.add(index.partitionKey());
      if (index.sortKey() != null) {
        names.add(index.sortKey());
      }
    }
    names.addAll(type.partitionKey().properties());
    names.addAll(type.sortKey().properties());
    for (EntityType.IndexKeys keys : type.indexes()) {
      names.addAll(keys.partitionKey().properties());
      if (keys.sortKey() != null) {
        names.addAll(keys.sortKey().properties());
      }
    }
    return Set.copyOf(names);
  }

  /** The table of this entity type, with keys as maps, for what the typed accessor does not offer. */
  @Override
  public final TypedTable<E> typed() {
    return table;
  }

  /** {@return the entity type: its name, class and templates} */
  public final EntityType<E> entityType() {
    return schema.entity();
  }

  /** {@return the table's name} */
  public final String tableName() {
    return table.tableName();
  }

  /**
   * Writes the item, its keys assembled from its properties, replacing any with its key. An
   * entity with generated values gets them as a one-class table's put gives them: a new {@code
   * @Version} (checked against the stored one), {@code @AutoTimestamp}s, {@code @GeneratedUuid}s,
   * an {@code @AtomicCounter}'s start.
   *
   * @param item the object to write
   * @return the item as written, with its generated values
   * @throws io.dynagen.runtime.table.VersionConflictException if the entity has a {@code @Version}
   *     and the stored item has another version than {@code item} (or exists, for an object never
   *     written)
   */
  public final E put(E item) {
    return table.put(item);
  }

  /**
   * Writes the item if the condition holds on the item stored now.
   *
   * @param item the object to write
   * @param condition what must hold of the stored item, through the entity's metamodel
   * @return the item as written
   * @throws io.dynagen.runtime.table.ConditionFailedException if it does not; nothing is written
   */
  public final E put(E item, Condition condition) {
    return table.put(item, condition);
  }

  /**
   * Writes the item if none has its key.
   *
   * @param item the object to write
   * @return true if it was written
   */
  public final boolean putIfAbsent(E item) {
    return table.putIfAbsent(item).isEmpty();
  }

  /**
   * Deletes the item with the key of this object; for a {@code @Version}ed entity whose object
   * carries a version, only if the stored item still has it.
   *
   * @param item the object whose key to delete
   * @throws io.dynagen.runtime.table.VersionConflictException if the stored version is another
   */
  public final void delete(E item) {
    table.delete(item);
  }

  /** {@return a writer that sends puts and deletes of this entity type 25 per request} */
  public final BatchWriter<E> batchWriter() {
    return table.batchWriter();
  }

  /**
   * {@return a batch writer with options}
   *
   * @param options the batch's options
   */
  public final BatchWriter<E> batchWriter(BatchWriteOptions options) {
    return table.batchWriter(options);
  }

  /**
   * {@return the items with these keys, as many as exist}
   *
   * @param keys item keys, from {@code key(...)} of the generated accessor
   */
  public final List<E> batchGet(Collection<Map<String, AttributeValue>> keys) {
    return table.batchGet(keys);
  }

  // ---------------------------------------------------------------- for the generated methods

  /**
   * {@return the item key of the template properties' values}
   *
   * @param values the partition template's values, then the sort template's, in template order
   */
  protected final Map<String, AttributeValue> keyOf(Object... values) {
    return schema.key(values);
  }

  /**
   * Applies an update to the existing item with this key; gives the item as it is after. Unlike
   * a one-class table's update, it never creates an item: one created by an update would lack
   * its type and its template properties.
   *
   * @param key the item key
   * @param update the update actions
   * @param condition what must hold of the stored item besides its existence, or {@code null}
   * @return the item after the update
   * @throws IllegalArgumentException if the update changes a key, the type or a template property
   * @throws io.dynagen.runtime.table.ConditionFailedException if there is no such item, or the
   *     condition does not hold
   */
  protected final E update(Map<String, AttributeValue> key, Update update, Condition condition) {
    checkUpdate(update);
    return table.update(key, update, existing(condition));
  }

  /**
   * Applies the actions to the existing item with the key of {@code item}; if the entity has a
   * {@code @Version}, only if the stored item still has the version {@code item} was read with
   * (and raises it). Never creates an item, as {@link #update(Map, Update, Condition)}.
   *
   * @param item the object whose key (and version) names the item to update
   * @param action the first update action
   * @param more further update actions
   * @return the item after the update
   * @throws IllegalArgumentException if the update changes a key, the type or a template property
   * @throws io.dynagen.runtime.table.VersionConflictException if the stored version is another
   * @throws io.dynagen.runtime.table.ConditionFailedException if there is no such item
   */
  public final E update(E item, UpdateAction action, UpdateAction... more) {
    return update(item, Update.of(action, more), null);
  }

  /**
   * Applies the update to the existing item with the key of {@code item} if {@code condition}
   * holds and, for a {@code @Version}ed entity, the stored version is the one {@code item} carries.
   *
   * @param item the object whose key (and version) names the item to update
   * @param update the update actions
   * @param condition what must hold of the stored item besides its existence, or {@code null}
   * @return the item after the update
   * @throws IllegalArgumentException if the update changes a key, the type or a template property
   * @throws io.dynagen.runtime.table.VersionConflictException if the stored version is another
   * @throws io.dynagen.runtime.table.ConditionFailedException if there is no such item, or the
   *     condition does not hold
   */
  public final E update(E item, Update update, Condition condition) {
    checkUpdate(update);
    return table.update(item, update, existing(condition));
  }

  private void checkUpdate(Update update) {
    for (UpdateAction action : update.actions()) {
      String attribute = action.path().topLevelName();
      if (keyAttributes.contains(attribute)) {
        throw new IllegalArgumentException("An update of " + schema.entity().name() + " changes '" + attribute
            + "', which its keys are made of (or its type); put the changed item and delete the old one instead");
      }
    }
  }

  /** The condition, joined with the item's existence: an update never creates an entity's item. */
  private Condition existing(Condition condition) {
    Condition exists = new ValuePath<>(null, schema.layout().partitionKey(), Encoders.STRING).exists();
    return condition == null ? exists : exists.and(condition);
  }

  /**
   * The items of this type in one partition, in sort-key order: the partition template's values,
   * with the sort template's literal prefix as a key condition ({@code begins_with(SK, "ORDER#")},
   * or {@code SK = "PROFILE"} for a sort template without placeholders).
   *
   * @param partitionValues the partition template's values, in template order
   * @return the query, to narrow or read
   */
  protected final Query<E> queryPartition(Object... partitionValues) {
    KeyTemplate sortKey = schema.entity().sortKey();
    Query<E> query = table.query(schema.partitionText(partitionValues), Encoders.STRING)
        .sortKey(sortKey.isLiteral() ? SortKeyCondition.eq(sortKey.text()) : SortKeyCondition.beginsWith(sortKey.prefix()),
            Encoders.STRING);
    return typeFilter == null ? query : query.filter(typeFilter);
  }

  /**
   * The items of this type in one partition whose sort template's first property meets {@code
   * range}, in sort-key order, as one Query with a key condition: {@code shop.orders().query(
   * customerId, SortKeyCondition.between(from, to))} on {@code ORDER#{createdAt}#{orderId}} is
   * {@code SK BETWEEN "ORDER#<from>" AND "ORDER#<to>\uffff"}, every order placed at {@code to}
   * included whatever its id. Numbers and times take every comparison; a String takes {@code eq}
   * and {@code beginsWith} only (its keys are not in Java's string order once a separator follows).
   *
   * @param <V> the first sort property's type, boxed
   * @param range the condition on the first sort property
   * @param type the first sort property's type, boxed
   * @param partitionValues the partition template's values, in template order
   * @return the query, to narrow or read
   * @throws IllegalArgumentException if the condition cannot apply to the property (a range on a
   *     String, a prefix of a number, a {@code between} whose low bound is above its high bound)
   */
  protected final <V> Query<E> queryRange(SortKeyCondition<V> range, Class<V> type, Object... partitionValues) {
    EntityType<E> entity = schema.entity();
    SortKeyCondition<String> sortKey = new SortKeyRange(entity.sortKey(), entity.name(), type).keyCondition(range);
    Query<E> query = table.query(schema.partitionText(partitionValues), Encoders.STRING);
    if (sortKey != null) {
      query = query.sortKey(sortKey, Encoders.STRING);
    }
    return typeFilter == null ? query : query.filter(typeFilter);
  }

  @Override
  public String toString() {
    return schema.entity().name() + " of table '" + tableName() + "'";
  }
}
