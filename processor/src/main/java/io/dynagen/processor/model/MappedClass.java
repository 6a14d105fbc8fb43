package io.dynagen.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a {@code @Table} or {@code @Document} class is: built once from javax.lang.model, then only
 * read by the checks and the writers.
 *
 * @param element the annotated class
 * @param kind table or document
 * @param marker the {@code @Table} or {@code @Document} annotation, to attach diagnostics to
 * @param tableName the table name, for a table
 * @param facts the class's shape
 * @param construction how to create an instance
 * @param properties the mapped properties, in declaration order
 * @param skippedTransientFields transient fields that would otherwise be properties, left out
 *     without an {@code @Ignore} saying so
 * @param ignoredProperties properties marked {@code @Ignore}, with where it was placed
 * @param annotatedStaticMembers static fields and methods carrying a Dynagen property annotation
 *     (the first one on each): never stored, so the checks reject them rather than skip them
 */
public record MappedClass(
    TypeElement element,
    Kind kind,
    Placed marker,
    String tableName,
    ClassFacts facts,
    Construction construction,
    List<Property> properties,
    List<VariableElement> skippedTransientFields,
    List<IgnoredProperty> ignoredProperties,
    List<Placed> annotatedStaticMembers) {

  public enum Kind {
    TABLE,
    DOCUMENT,
    /** An entity type of a single table: its properties are coded as a document's, stored as an item's. */
    ENTITY,
    /**
     * A class a {@code @Dao} method returns in place of its entity (no marker, so {@code marker}
     * is null): only its properties and how it is constructed are used.
     */
    PROJECTION
  }

  /** A property left out by {@code @Ignore}: kept so the checks can reject it on a key. */
  public record IgnoredProperty(String name, Placed ignore, List<Placed> keyAnnotations) {}

  public ClassName className() {
    return ClassName.get(element);
  }

  public Optional<Property> partitionKey() {
    return properties.stream().filter(Property::isPartitionKey).findFirst();
  }

  public Optional<Property> sortKey() {
    return properties.stream().filter(Property::isSortKey).findFirst();
  }

  public boolean isTable() {
    return kind == Kind.TABLE;
  }

  /** True if the properties are an item's own attributes (a table or an entity), not a nested map's. */
  public boolean isItem() {
    return kind == Kind.TABLE || kind == Kind.ENTITY;
  }

  /** The simple name of the class's marker annotation: Table, Document or Entity. */
  public String markerName() {
    switch (kind) {
      case TABLE:
        return "Table";
      case ENTITY:
        return "Entity";
      default:
        return "Document";
    }
  }
}
