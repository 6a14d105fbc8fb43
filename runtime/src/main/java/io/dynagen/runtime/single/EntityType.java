package io.dynagen.runtime.single;

import io.dynagen.runtime.DocumentSchema;
import java.util.List;
import java.util.Objects;

/**
 * One entity type of a single table, as the processor generates it: its type name, its class,
 * the codec of its properties, and its key templates. The generated subclass gives the value of
 * each property a template names ({@link #property}); everything else is done here.
 *
 * @param <E> the entity class
 */
public abstract class EntityType<E> {
  private final String name;
  private final Class<E> type;
  private final DocumentSchema<E> properties;
  private final KeyTemplate partitionKey;
  private final KeyTemplate sortKey;
  private final List<IndexKeys> indexes;

  /**
   * For generated subclasses.
   *
   * @param name the stored type name
   * @param type the entity class
   * @param properties the codec of the entity's properties (its generated {@code XSchema})
   * @param partitionKey the table partition key template
   * @param sortKey the table sort key template
   * @param indexes the entity's templates for the shared indexes it is in
   */
  protected EntityType(String name, Class<E> type, DocumentSchema<E> properties, KeyTemplate partitionKey,
      KeyTemplate sortKey, List<IndexKeys> indexes) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.properties = Objects.requireNonNull(properties, "properties");
    this.partitionKey = Objects.requireNonNull(partitionKey, "partitionKey");
    this.sortKey = Objects.requireNonNull(sortKey, "sortKey");
    this.indexes = List.copyOf(indexes);
  }

  /**
   * The value of a property named by one of the templates, boxed.
   *
   * @param entity the object
   * @param property the property name, as in the template
   * @return the value, boxed
   */
  protected abstract Object property(E entity, String property);

  /** {@return the stored type name} */
  public final String name() {
    return name;
  }

  /** {@return the entity class} */
  public final Class<E> type() {
    return type;
  }

  /** {@return the codec of the entity's properties} */
  public final DocumentSchema<E> properties() {
    return properties;
  }

  /** {@return the table partition key template} */
  public final KeyTemplate partitionKey() {
    return partitionKey;
  }

  /** {@return the table sort key template} */
  public final KeyTemplate sortKey() {
    return sortKey;
  }

  /** {@return the entity's templates for shared indexes} */
  public final List<IndexKeys> indexes() {
    return indexes;
  }

  /** The values of an object's properties a template names, in template order. */
  final Object[] values(E entity, KeyTemplate template) {
    List<String> names = template.properties();
    Object[] values = new Object[names.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = property(entity, names.get(i));
    }
    return values;
  }

  @Override
  public final String toString() {
    return name + " (" + partitionKey + " / " + sortKey + ")";
  }

  /**
   * An entity's key templates for one shared index.
   *
   * @param index the shared index name
   * @param partitionKey the index partition key template
   * @param sortKey the index sort key template, or {@code null} if the index has no sort key
   */
  public record IndexKeys(String index, KeyTemplate partitionKey, KeyTemplate sortKey) {
    /**
     * Checks the index and partition template.
     *
     * @param index the shared index name
     * @param partitionKey the index partition key template
     * @param sortKey the index sort key template, or {@code null} if the index has no sort key
     */
    public IndexKeys {
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(partitionKey, "partitionKey");
    }
  }
}
