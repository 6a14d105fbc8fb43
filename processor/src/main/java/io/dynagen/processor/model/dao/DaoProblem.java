package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.Property;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * Why a DAO method cannot be implemented: what the model found, for the checks to report with
 * its message. Each record is one rule of docs/compile-errors.md.
 */
public sealed interface DaoProblem {

  /** The name starts with no verb Dynagen knows. */
  record UnknownMethod(String name) implements DaoProblem {}

  /** The name names no property of the entity where one is expected. */
  record UnknownProperty(String text, List<String> propertyNames) implements DaoProblem {}

  /** A property is followed by something that is no operator. */
  record UnknownOperator(Property property, String text) implements DaoProblem {}

  /** Not as many parameters as the name asks for. */
  record ParameterCount(int expected, int actual, String expectedParameters) implements DaoProblem {}

  /** A parameter's type is not the type of what it is compared with. */
  record ParameterType(String parameter, TypeMirror actual, String expected, String what) implements DaoProblem {}

  /** A parameter is named as another property of the name than the one it is bound to. */
  record ParameterOrder(String parameter, Property boundTo, Property namedAs, List<String> order) implements DaoProblem {}

  /** An operator DynamoDB cannot apply to this key. */
  record KeyOperator(Operator operator, Property key, String reason, String fix) implements DaoProblem {}

  /** The return type is not one this kind of method can have. */
  record ReturnType(TypeMirror actual, String methodKind, String expected) implements DaoProblem {}

  /** The keys named fit two or more indexes equally. */
  record AmbiguousIndex(List<String> indexes) implements DaoProblem {}

  /** {@code @UseIndex} names an index the table does not have. */
  record UnknownIndex(String name, List<String> indexNames) implements DaoProblem {}

  /** {@code @UseIndex} names an index whose keys are not those the name uses. */
  record IndexMismatch(AccessPath index, String needed) implements DaoProblem {}

  /**
   * A read of a global index that does not project every attribute the method returns: DynamoDB
   * would return the items without them.
   */
  record IndexProjection(AccessPath index, String projection, List<String> missing) implements DaoProblem {}

  /** A projection's component (or property) that is no property of the entity. */
  record ProjectionComponent(TypeMirror returned, String component, List<String> propertyNames) implements DaoProblem {}

  /** A projection class generated code cannot create or fill. */
  record ProjectionClass(TypeMirror returned, String reason, String fix) implements DaoProblem {}

  /** A projection's component (or property) whose type is not the entity property's. */
  record ProjectionType(TypeMirror returned, String component, TypeMirror componentType, Property property) implements DaoProblem {}

  /**
   * The name cannot become a GetItem, BatchGetItem or Query: no table or index has this partition
   * key. {@code closest} is the path whose keys share most with the properties named, or null.
   */
  record NeedsScan(Property property, List<AccessPath> paths, AccessPath closest) implements DaoProblem {}

  /** A condition on an attribute that is no key of the path read, without {@code @Filter}. */
  record ImplicitFilter(Property property, AccessPath path) implements DaoProblem {}

  /** A filter on a property the metamodel has no path for. */
  record UnsupportedFilter(Property property, String reason) implements DaoProblem {}

  /** A filter operator that does not apply to its attribute's type (a range on an enum, contains on a number). */
  record FilterOperator(Operator operator, Property property, String reason, String fix) implements DaoProblem {}

  /** {@code OrderBy} names a property that is not the sort key of the path read. */
  record OrderByNotSortKey(Property property, String read) implements DaoProblem {}

  /** A put whose name has a {@code By} clause: a put takes the item, never conditions. */
  record PutWithConditions() implements DaoProblem {}

  /** A delete names less (or other) than the table's full key. */
  record DeleteNeedsFullKey(AccessPath table) implements DaoProblem {}

  /** {@code table()} is declared, but not as {@code XTable table()}. */
  record TableMethod(String expectedType) implements DaoProblem {}

  /** {@code @Dao} is on a class, an enum or an annotation. */
  record NotAnInterface() implements DaoProblem {}

  /** An interface generated code cannot implement: private, or generic. */
  record InterfaceShape(String reason, String fix) implements DaoProblem {}

  /** {@code @Dao(X.class)} names a class that is not a {@code @Table}. */
  record EntityNotTable(TypeMirror entity) implements DaoProblem {}

  // Single-table design: problems of key templates and item collections.

  /**
   * No key template of the entity (or no collection of the root) has this property first in its
   * partition template, or the name gives only part of a partition template's placeholders.
   */
  record TemplateNeedsScan(Property property, String reason, List<KeyPath> paths) implements DaoProblem {}

  /** A condition on a property that is no placeholder of the templates read, without {@code @Filter}. */
  record TemplateImplicitFilter(Property property, KeyPath path) implements DaoProblem {}

  /**
   * A condition on a sort placeholder other than the template's first (or after a range on the
   * first), which no key condition can express.
   */
  record SortPlaceholder(Property property, KeyPath path) implements DaoProblem {}

  /** A range on a String placeholder of a sort template: its keys are not in the strings' order. */
  record PlaceholderRange(Operator operator, Property property, KeyPath path) implements DaoProblem {}

  /** {@code @UseIndex} names a shared index whose templates do not start with what the name gives. */
  record TemplateIndexMismatch(KeyPath path, String needed) implements DaoProblem {}

  /** {@code OrderBy} names a property that is not the first sort placeholder of what is read. */
  record TemplateOrderBy(Property property, KeyPath path) implements DaoProblem {}

  /** A delete by what is not the entity's full key (or, for the root, any delete by key). */
  record TemplateDeleteKey(String what, String byKeys) implements DaoProblem {}

  /** The placeholders named are the partition placeholders of no item collection of the root. */
  record NoCollection(List<String> named, List<KeyPath> collections) implements DaoProblem {}

  /** The placeholders named fit several item collections of the root's table equally. */
  record AmbiguousCollection(List<KeyPath> collections) implements DaoProblem {}

  /** A {@code @Filter} in a DAO of the sealed root: a collection holds several types. */
  record CollectionFilter(Property property) implements DaoProblem {}

  /** A Scan of a single table, which would read every type; {@code root} names the sealed root. */
  record SingleTableScan(String root) implements DaoProblem {}

  /** A type in the signature does not exist, even after the last round. */
  record UnresolvedType(TypeMirror type) implements DaoProblem {}
}
