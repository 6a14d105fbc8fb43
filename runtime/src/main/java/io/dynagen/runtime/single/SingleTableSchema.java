package io.dynagen.runtime.single;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.SecondaryIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schema of a sealed root: reads an item as whichever entity type it is, by its stored type
 * attribute or, with key-prefix discrimination, by which entity's key templates its keys match.
 * An item of a type this code does not know is a {@link MappingException} naming the type value,
 * the table and the key, or, in a schema from {@link #skippingUnknownTypes()}, left out of reads
 * of many items.
 *
 * @param <R> the sealed root type
 */
public final class SingleTableSchema<R> implements ItemSchema<R> {
  private final Class<R> root;
  private final SingleTableLayout layout;
  private final List<EntitySchema<? extends R>> entities;
  private final Map<String, EntitySchema<? extends R>> byName;
  private final KeyAttribute partitionKey;
  private final KeyAttribute sortKey;
  private final List<SecondaryIndex> indexes;
  private final boolean skipUnknown;
  private final List<String> typeAttributes;
  private final TypeDispatch<R> dispatch;
  private final String typeAttribute;
  private final GeneratedAttributes tableAttributes;

  /**
   * Reads an item by its entity type name (stored in it, or, with key-prefix discrimination, of
   * the type its keys match), as the processor writes it for a table: a {@code switch} on the name
   * calling each entity's generated schema directly. One call through an interface shared by all
   * the entity schemas would see them all, and the JIT can neither inline such a call nor make it
   * cheap (about a fifth of reading a mixed collection).
   *
   * @param <R> the sealed root type
   */
  @FunctionalInterface
  public interface TypeDispatch<R> {
    /**
     * Reads an item of a named entity type.
     *
     * @param type the item's entity type name
     * @param item the stored item
     * @return the object read, or {@code null} for a name that is not one of the table's types
     *     (the schema then reports it as it reports any unknown type)
     */
    R read(String type, Map<String, AttributeValue> item);
  }

  private SingleTableSchema(Class<R> root, SingleTableLayout layout, List<EntitySchema<? extends R>> entities,
      boolean skipUnknown, TypeDispatch<R> dispatch) {
    this.dispatch = dispatch;
    this.typeAttribute = dispatch == null ? null : layout.typeAttribute();
    this.root = root;
    this.layout = layout;
    this.entities = entities;
    this.byName = new HashMap<>();
    for (EntitySchema<? extends R> entity : entities) {
      if (byName.put(entity.entity().name(), entity) != null) {
        throw new IllegalArgumentException("Two entity types of table '" + layout.tableName() + "' are named '"
            + entity.entity().name() + "'");
      }
    }
    this.partitionKey = Layouts.partitionKey(layout);
    this.sortKey = Layouts.sortKey(layout);
    this.indexes = Layouts.indexes(layout);
    this.skipUnknown = skipUnknown;
    this.typeAttributes = layout.storesType() ? List.of(layout.typeAttribute()) : List.of();
    this.tableAttributes = tableAttributes(layout, entities);
  }

  /**
   * What the table as a whole declares: the {@code @Ttl} attribute its entity types share (a
   * table has one), for CreateTable to turn expiry on by. Each entity's other generated values are
   * its own accessor's to write.
   */
  private static GeneratedAttributes tableAttributes(SingleTableLayout layout, List<? extends EntitySchema<?>> entities) {
    String timeToLive = null;
    String declaredBy = null;
    for (EntitySchema<?> entity : entities) {
      String attribute = entity.generatedAttributes().timeToLive();
      if (attribute == null) {
        continue;
      }
      if (timeToLive == null) {
        timeToLive = attribute;
        declaredBy = entity.entity().name();
      } else if (!timeToLive.equals(attribute)) {
        throw new IllegalArgumentException("Entity types " + declaredBy + " and " + entity.entity().name()
            + " of table '" + layout.tableName() + "' keep their @Ttl in different attributes ('" + timeToLive
            + "' and '" + attribute + "'), but a table expires items by one attribute; store both under one name");
      }
    }
    return timeToLive == null ? GeneratedAttributes.NONE : GeneratedAttributes.builder().timeToLive(timeToLive).build();
  }

  /**
   * The schema of a root and its entity types.
   *
   * @param root the sealed root type
   * @param layout the table's names and shared indexes
   * @param entities the entity types, one per permitted subclass
   * @param <R> the sealed root type
   * @return the schema
   */
  public static <R> SingleTableSchema<R> of(Class<R> root, SingleTableLayout layout,
      List<EntityType<? extends R>> entities) {
    return of(root, layout, entities, null);
  }

  /**
   * The schema of a root and its entity types, reading items through {@code dispatch} (what
   * generated tables pass) by the type name stored in them or, without a type attribute, of the
   * type their keys match; finding the type, unknown types, writes and keys are as in {@link
   * #of(Class, SingleTableLayout, List)}.
   *
   * @param root the sealed root type
   * @param layout the table's names and shared indexes
   * @param entities the entity types, one per permitted subclass
   * @param dispatch reads an item by its entity type name, as the entity types' schemas do; or
   *     {@code null} to read through each entity type's {@link EntityType#properties()}
   * @param <R> the sealed root type
   * @return the schema
   */
  public static <R> SingleTableSchema<R> of(Class<R> root, SingleTableLayout layout,
      List<EntityType<? extends R>> entities, TypeDispatch<R> dispatch) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(layout, "layout");
    List<EntitySchema<? extends R>> schemas = new ArrayList<>(entities.size());
    for (EntityType<? extends R> entity : entities) {
      schemas.add(new EntitySchema<>(layout, entity));
    }
    return new SingleTableSchema<>(root, layout, List.copyOf(schemas), false, dispatch);
  }

  /** {@return this schema, but reads of many items leave out items of unknown types instead of failing} */
  public SingleTableSchema<R> skippingUnknownTypes() {
    return skipUnknown ? this : new SingleTableSchema<>(root, layout, entities, true, dispatch);
  }

  /** {@return true if this schema leaves items of unknown types out of reads of many items} */
  public boolean skipsUnknownTypes() {
    return skipUnknown;
  }

  /** {@return the table's layout} */
  public SingleTableLayout layout() {
    return layout;
  }

  /**
   * {@return the schema of one entity type of this root}
   *
   * @param <E> the entity class
   * @param type the entity type
   */
  @SuppressWarnings("unchecked") // the entity was registered with this very type
  public <E extends R> EntitySchema<E> entity(EntityType<E> type) {
    EntitySchema<? extends R> schema = byName.get(type.name());
    if (schema == null || schema.entity() != type) {
      throw new IllegalArgumentException(type.name() + " is not an entity type of table '" + layout.tableName() + "'");
    }
    return (EntitySchema<E>) schema;
  }

  /**
   * True if a query of {@code type}'s templates on a shared index could also meet items of another
   * type: another type's templates on that index could give the same index keys.
   */
  boolean sharesIndexPrefixes(EntityType<?> type, EntityType.IndexKeys keys) {
    for (EntitySchema<? extends R> other : entities) {
      if (other.entity() == type) {
        continue;
      }
      for (EntityType.IndexKeys otherKeys : other.entity().indexes()) {
        if (otherKeys.index().equals(keys.index()) && otherKeys.partitionKey().overlaps(keys.partitionKey())
            && (keys.sortKey() == null || otherKeys.sortKey() == null || otherKeys.sortKey().overlaps(keys.sortKey()))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public Class<R> type() {
    return root;
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

  /**
   * {@return the {@code @Ttl} attribute the entity types share, which CreateTable turns expiry on
   * by; none of their other generated values, which only each entity's accessor writes}
   */
  @Override
  public GeneratedAttributes generatedAttributes() {
    return tableAttributes;
  }

  /**
   * The item of an object of any entity type, for writes through the root's table ({@code
   * shop.typed()}, a transaction or batch given the root's table).
   *
   * @throws IllegalArgumentException if its entity type has generated values ({@code @Version} and
   *     the like), which only its own accessor fills in and checks
   */
  @Override
  public Map<String, AttributeValue> toItem(R object) {
    EntitySchema<? extends R> entity = schemaOf(object);
    if (!entity.generatedAttributes().isEmpty()) {
      throw new IllegalArgumentException("Write " + entity.entity().name() + " items through the table's accessor of "
          + entity.entity().name() + " (as shop.orders() for Order), which writes its generated values (@Version,"
          + " @AutoTimestamp, @GeneratedUuid, @AtomicCounter) and checks its version; the root's table of '"
          + layout.tableName() + "' would write it without them");
    }
    return toItemOf(entity, object);
  }

  @Override
  public Map<String, AttributeValue> keyOf(R object) {
    return keyOfEntity(schemaOf(object), object);
  }

  private static <E> Map<String, AttributeValue> toItemOf(EntitySchema<E> schema, Object object) {
    return schema.toItem(schema.type().cast(object));
  }

  private static <E> Map<String, AttributeValue> keyOfEntity(EntitySchema<E> schema, Object object) {
    return schema.keyOf(schema.type().cast(object));
  }

  private EntitySchema<? extends R> schemaOf(R object) {
    Objects.requireNonNull(object, "object");
    for (EntitySchema<? extends R> entity : entities) {
      if (entity.type().isInstance(object)) {
        return entity;
      }
    }
    throw new IllegalArgumentException(object.getClass().getName() + " is not an entity type of table '"
        + layout.tableName() + "'");
  }

  @Override
  public R fromItem(Map<String, AttributeValue> item) {
    if (typeAttribute != null) {
      AttributeValue type = item.get(typeAttribute);
      String name = type == null ? null : type.s();
      R read = name == null ? null : dispatch.read(name, item);
      if (read != null) {
        return read;
      }
    }
    EntitySchema<? extends R> entity = resolve(item);
    if (entity == null) {
      throw unknownType(item);
    }
    // Told apart by key prefix: the keys gave the type, its name the dispatch's case.
    R read = dispatch == null || typeAttribute != null ? null : dispatch.read(entity.entity().name(), item);
    return read != null ? read : entity.fromItem(item);
  }

  @Override
  public boolean skipsOnRead(Map<String, AttributeValue> item) {
    return skipUnknown && resolve(item) == null;
  }

  /** False: reads leave out or refuse items of unknown types, so counts read each item's type. */
  @Override
  public boolean readsEveryItem() {
    return false;
  }

  /** {@return the type attribute, or none with key-prefix discrimination (the keys tell the type)} */
  @Override
  public List<String> typeAttributes() {
    return typeAttributes;
  }

  @Override
  public boolean returnsOnRead(Map<String, AttributeValue> item) {
    if (resolve(item) != null) {
      return true;
    }
    if (skipUnknown) {
      return false;
    }
    throw unknownType(item);
  }

  /** The entity type of an item, or null if none fits. */
  private EntitySchema<? extends R> resolve(Map<String, AttributeValue> item) {
    if (layout.storesType()) {
      AttributeValue type = item.get(layout.typeAttribute());
      return type == null || type.s() == null ? null : byName.get(type.s());
    }
    for (EntitySchema<? extends R> entity : entities) {
      if (entity.matchesKeys(item)) {
        return entity;
      }
    }
    return null;
  }

  private MappingException unknownType(Map<String, AttributeValue> item) {
    List<String> known = new ArrayList<>(entities.size());
    for (EntitySchema<? extends R> entity : entities) {
      known.add(layout.storesType() ? entity.entity().name() : entity.entity().toString());
    }
    String hint = ", a type this code does not know (written by a newer version of the application?);"
        + " read through skipUnknownTypes() to leave such items out";
    MappingException unknown;
    if (layout.storesType()) {
      AttributeValue type = item.get(layout.typeAttribute());
      String found = type == null ? "nothing" : type.s() == null ? "a value that is not a string" : "S \"" + type.s() + '"';
      unknown = MappingException.badValue(layout.typeAttribute(), "one of the entity types " + String.join(", ", known),
          found + hint, null);
    } else {
      AttributeValue sort = item.get(layout.sortKey());
      String found = sort == null || sort.s() == null ? "nothing" : "S \"" + sort.s() + '"';
      unknown = MappingException.badValue(layout.sortKey(), "keys of one of the entity types " + String.join(", ", known),
          found + hint, null);
    }
    // The table that read the item adds its name (which may not be the declared one) and the key.
    return unknown;
  }

  @Override
  public String toString() {
    return "SingleTableSchema[" + root.getSimpleName() + " in " + layout.tableName() + ": " + byName.keySet() + "]";
  }
}
