package io.dynagen.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A permitted subclass of a single-table root, as read from its {@code @Entity} and {@code
 * @EntityIndex} annotations.
 *
 * @param element the subclass
 * @param entity its {@code @Entity}, or {@code null} if it has none (an error)
 * @param table its own {@code @Table}, or {@code null} (it should have none)
 * @param mapped its properties, read as an entity's; {@code null} without {@code @Entity}
 * @param typeName the stored type name
 * @param partitionKey the table partition key template
 * @param sortKey the table sort key template
 * @param collection the explicit collection name of the partition template, or {@code ""}
 * @param indexes its templates for shared indexes
 */
public record EntityModel(
    TypeElement element,
    Placed entity,
    Placed table,
    MappedClass mapped,
    String typeName,
    KeyTemplateModel partitionKey,
    KeyTemplateModel sortKey,
    String collection,
    List<Index> indexes) {

  /**
   * An entity's {@code @EntityIndex}.
   *
   * @param annotation the annotation, to report on
   * @param index the shared index it names
   * @param partitionKey the index partition key template
   * @param sortKey the index sort key template, or {@code null} if not given
   * @param collection the explicit collection name, or {@code ""}
   */
  public record Index(Placed annotation, String index, KeyTemplateModel partitionKey, KeyTemplateModel sortKey,
      String collection) {}

  public String simpleName() {
    return element.getSimpleName().toString();
  }

  /** The property a placeholder names, if the entity has it. */
  public Optional<Property> property(String name) {
    return mapped == null
        ? Optional.empty()
        : mapped.properties().stream().filter(property -> property.name().equals(name)).findFirst();
  }
}
