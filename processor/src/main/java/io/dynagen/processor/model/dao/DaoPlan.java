package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * What a DAO method becomes: one request (or, for the lazy shapes, one request per page) on the
 * generated table. Built by the model, only read by the writer.
 */
public sealed interface DaoPlan {

  /** A parameter of the method, as declared. */
  record Param(String name, TypeMirror type) {}

  /** A parameter compared with a property. */
  record Bound(Property property, Operator operator, List<Param> params) {}

  /**
   * A class returned in place of the entity (a record, a JavaBean, or a class with a constructor
   * of its properties): each of its properties is set from the entity's property of that name,
   * and only those are read, through a ProjectionExpression.
   *
   * @param type the class returned, with its type arguments
   * @param model its properties and how generated code constructs it
   * @param components the entity's properties read, one for each of {@code model}'s, in order
   */
  record Projection(TypeMirror type, MappedClass model, List<Property> components) {}

  /** GetItem by the table's full key; {@code existsOnly} reads only the key and answers a boolean. */
  record Get(List<Param> key, Projection projection, boolean existsOnly) implements DaoPlan {}

  /** BatchGetItem: the last key given as a collection, the partition key too for a composite key. */
  record BatchGet(Param partition, Param keys, Projection projection) implements DaoPlan {}

  /** PutItem of the entity; gives the item as written when the method returns it. */
  record Put(Param item, boolean returnsItem) implements DaoPlan {}

  /** DeleteItem by key, or by the object's key (and version) when {@code key} has one item param. */
  record Delete(List<Param> key, boolean byItem, boolean returnsOld) implements DaoPlan {}

  /**
   * A Query of {@code path} (or a Scan of it, asked for by name, when {@code partition} is null),
   * with an optional sort key condition and filters, read into {@code shape}.
   *
   * @param sortKey the sort key condition, or null
   * @param cursor the page cursor parameter, for {@link Shape#PAGE}
   * @param pageSize the page size parameter, for {@link Shape#PAGE}
   */
  record Read(
      AccessPath path,
      Bound partition,
      Bound sortKey,
      List<Bound> filters,
      boolean descending,
      Shape shape,
      Projection projection,
      Param cursor,
      Param pageSize) implements DaoPlan {

    public boolean isScan() {
      return partition == null;
    }
  }

  /**
   * A Query of a single table by key templates: an entity's items ({@code path} of the entity) or
   * an item collection of the sealed root.
   *
   * @param partition the partition template's placeholders, compared for equality, in template order
   * @param sortKey the condition on the sort template's first placeholder, or null
   * @param cursor the page cursor parameter, for {@link Shape#PAGE}
   * @param pageSize the page size parameter, for {@link Shape#PAGE}
   */
  record TemplateRead(
      KeyPath path,
      List<Bound> partition,
      Bound sortKey,
      List<Bound> filters,
      boolean descending,
      Shape shape,
      Param cursor,
      Param pageSize) implements DaoPlan {}

  /** How a read's items are returned. */
  enum Shape {
    LIST,
    STREAM,
    ITERABLE,
    PAGE,
    /** {@code Optional<T>}: the first match. */
    FIRST,
    /** {@code boolean}: whether there is a match. */
    EXISTS,
    /** {@code long}: how many match (Select COUNT). */
    COUNT
  }
}
