package io.dynagen.runtime.enhanced;

import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.ItemSchema;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A generated {@link ItemSchema} as the Enhanced Client's {@link TableSchema}: {@code
 * enhanced.table("users", UserEnhancedSchema.INSTANCE)} reads and writes through Dynagen's
 * generated conversion, with no reflection and no schema to build at run time, and the Enhanced
 * Client's operations and extensions work as with {@code TableSchema.fromBean}.
 *
 * <p>Generated as {@code XEnhancedSchema} for the classes that ask for it; the generated subclass
 * gives only the stored attribute names. Immutable and thread-safe.
 *
 * @param <T> the mapped class
 */
public abstract class EnhancedTableSchema<T> implements TableSchema<T> {
  private static final AttributeValue NULL = AttributeValue.fromNul(true);

  private final ItemSchema<T> schema;
  private final List<String> attributeNames;
  private final TableMetadata metadata;
  private final EnhancedType<T> itemType;
  private final Set<String> timestamps = new HashSet<>();

  /**
   * For generated subclasses.
   *
   * @param schema the generated schema to read and write through
   * @param attributeNames every attribute it writes, in declaration order
   */
  protected EnhancedTableSchema(ItemSchema<T> schema, List<String> attributeNames) {
    this.schema = schema;
    this.attributeNames = List.copyOf(attributeNames);
    this.metadata = EnhancedMetadata.of(schema);
    this.itemType = EnhancedType.of(schema.type());
    for (GeneratedAttributes.Timestamp timestamp : schema.generatedAttributes().timestamps()) {
      timestamps.add(timestamp.attribute());
    }
  }

  /** {@return the Dynagen schema this one reads and writes through} */
  public final ItemSchema<T> itemSchema() {
    return schema;
  }

  /**
   * Reads an object.
   *
   * @throws io.dynagen.runtime.MappingException if an attribute does not fit its property
   */
  @Override
  public final T mapToItem(Map<String, AttributeValue> attributeMap) {
    return schema.fromItem(attributeMap);
  }

  /**
   * The item of an object. With {@code ignoreNulls} false, each attribute the object has no value
   * for is given as {@code NULL}, as {@code fromBean}'s schemas do: the Enhanced Client's {@code
   * updateItem} removes those attributes, so an update of an object leaves the item as the object is.
   */
  @Override
  public final Map<String, AttributeValue> itemToMap(T item, boolean ignoreNulls) {
    Map<String, AttributeValue> map = schema.toItem(item);
    if (ignoreNulls) {
      return map;
    }
    Map<String, AttributeValue> withNulls = new HashMap<>(map);
    for (String name : attributeNames) {
      withNulls.putIfAbsent(name, NULL);
    }
    return withNulls;
  }

  /** The item of an object, only {@code attributes} of it; those it has no value for are left out. */
  @Override
  public final Map<String, AttributeValue> itemToMap(T item, Collection<String> attributes) {
    Map<String, AttributeValue> map = schema.toItem(item);
    Map<String, AttributeValue> selected = new HashMap<>();
    for (String attribute : attributes) {
      AttributeValue value = map.get(attribute);
      if (value != null) {
        selected.put(attribute, value);
      }
    }
    return selected;
  }

  /**
   * One attribute of an object, or null if it has no value for it.
   *
   * @throws IllegalArgumentException if the class has no such attribute
   */
  @Override
  public final AttributeValue attributeValue(T item, String attributeName) {
    if (!attributeNames.contains(attributeName)) {
      throw new IllegalArgumentException("Class " + schema.type().getName() + " has no attribute '" + attributeName
          + "'; its attributes are " + attributeNames);
    }
    return schema.toItem(item).get(attributeName);
  }

  @Override
  public final TableMetadata tableMetadata() {
    return metadata;
  }

  @Override
  public final EnhancedType<T> itemType() {
    return itemType;
  }

  @Override
  public final List<String> attributeNames() {
    return attributeNames;
  }

  @Override
  public final boolean isAbstract() {
    return false;
  }

  /**
   * The converter of an {@code @AutoTimestamp} attribute, for the Enhanced Client's timestamp
   * extension to write the time in Dynagen's encoding. Other attributes have none: their
   * conversion is generated code, not a converter ({@link UnsupportedOperationException}, which
   * the Enhanced Client expects of schemas without converters).
   */
  @Override
  @SuppressWarnings("unchecked") // the Enhanced Client's signature; its callers check type()
  public final AttributeConverter<T> converterForAttribute(Object key) {
    if (timestamps.contains(key)) {
      return (AttributeConverter<T>) (AttributeConverter<?>) InstantConverter.INSTANCE;
    }
    throw new UnsupportedOperationException("Dynagen's generated schema of " + schema.type().getName()
        + " has no converter for attribute '" + key + "'");
  }
}
