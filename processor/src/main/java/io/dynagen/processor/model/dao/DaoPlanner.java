package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.StoredAs;
import io.dynagen.processor.model.dao.DaoPlan.Bound;
import io.dynagen.processor.model.dao.DaoPlan.Param;
import io.dynagen.processor.model.dao.DaoPlan.Projection;
import io.dynagen.processor.model.dao.MethodName.NamedCondition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Turns a DAO method's name and signature into a {@link DaoPlan}, or the {@link DaoProblem} that
 * stops it. Never plans a Scan the name does not ask for: a read is a GetItem, a BatchGetItem or a
 * Query of the one table or index whose keys the name gives.
 */
final class DaoPlanner {
  private final Types types;
  private final DaoTarget.OneClassTable target;
  private final ParamTypes paramTypes;
  private final FilterCheck filterCheck;
  private final ProjectionPlanner projections;

  /**
   * @param projectionModels reads a class a method returns in place of the entity, as a
   *     {@code MappedClass.Kind.PROJECTION}
   */
  DaoPlanner(Types types, DaoTarget.OneClassTable target, Function<TypeElement, MappedClass> projectionModels) {
    this.types = types;
    this.projections = target == null ? null : new ProjectionPlanner(types, target.entity(), projectionModels);
    this.target = target;
    this.paramTypes = new ParamTypes(types);
    this.filterCheck = new FilterCheck(paramTypes);
  }

  /**
   * A planner for what does not depend on the target's keys, shared with single-table DAOs:
   * binding parameters to a name's conditions ({@link #bind}) and checking filters.
   */
  static DaoPlanner forParameters(Types types) {
    return new DaoPlanner(types, null, null);
  }

  /** What a method becomes: a plan, or a problem. */
  record Outcome(DaoPlan plan, DaoProblem problem) {
    static Outcome of(DaoPlan plan) {
      return new Outcome(plan, null);
    }

    static Outcome failed(DaoProblem problem) {
      return new Outcome(null, problem);
    }
  }

  /**
   * @param filterParams which parameters carry {@code @Filter}
   * @param useIndex the index {@code @UseIndex} names, or null
   */
  Outcome plan(String name, List<Param> params, List<Boolean> filterParams, TypeMirror returnType, String useIndex) {
    MethodName.Parsed parsed = MethodName.parse(name, target.entity().properties());
    if (parsed instanceof MethodName.Failed failed) {
      return Outcome.failed(failed.problem());
    }
    MethodName method = ((MethodName.Ok) parsed).name();
    ReturnType returned = ReturnType.of(returnType);
    return switch (method.verb()) {
      case PUT -> planPut(method, params, returnType, returned);
      case DELETE -> planDelete(method, params, filterParams, returnType, returned);
      case SCAN -> planScan(method, params, returnType, returned, useIndex);
      default -> planRead(method, params, filterParams, returnType, returned, useIndex);
    };
  }

  private AccessPath table() {
    return target.paths().get(0);
  }

  private TypeMirror entityType() {
    return target.entity().element().asType();
  }

  private String entityName() {
    return target.entity().element().getSimpleName().toString();
  }

  private Outcome planPut(MethodName method, List<Param> params, TypeMirror returnType, ReturnType returned) {
    if (method.hasBy()) {
      return Outcome.failed(new DaoProblem.PutWithConditions());
    }
    if (params.size() != 1) {
      return Outcome.failed(new DaoProblem.ParameterCount(1, params.size(), "(" + entityName() + " item)"));
    }
    if (!types.isSameType(params.get(0).type(), entityType())) {
      return Outcome.failed(new DaoProblem.ParameterType(params.get(0).name(), params.get(0).type(), entityName(),
          "the item to put"));
    }
    boolean returnsItem = returned.container() == ReturnType.Container.PLAIN
        && types.isSameType(returnType, entityType());
    if (returned.container() != ReturnType.Container.VOID && !returnsItem) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a put", "void or " + entityName()));
    }
    return Outcome.of(new DaoPlan.Put(params.get(0), returnsItem));
  }

  private Outcome planDelete(
      MethodName method, List<Param> params, List<Boolean> filterParams, TypeMirror returnType, ReturnType returned) {
    boolean returnsOld = returned.container() == ReturnType.Container.OPTIONAL
        && types.isSameType(returned.element(), entityType());
    if (!method.hasBy() && params.size() == 1 && types.isSameType(params.get(0).type(), entityType())) {
      if (returned.container() != ReturnType.Container.VOID) {
        return Outcome.failed(new DaoProblem.ReturnType(returnType, "a delete of an object", "void"));
      }
      return Outcome.of(new DaoPlan.Delete(params, true, false));
    }
    if (returned.container() != ReturnType.Container.VOID && !returnsOld) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a delete by key",
          "void, or Optional<" + entityName() + "> for the item as it was"));
    }
    List<NamedCondition> conditions = method.hasBy() ? method.conditions() : fullKey();
    if (!isFullKey(conditions) || filterParams.contains(Boolean.TRUE)) {
      return Outcome.failed(new DaoProblem.DeleteNeedsFullKey(table()));
    }
    Binding binding = bind(conditions, params, filterParams, false);
    if (binding.problem != null) {
      return Outcome.failed(binding.problem);
    }
    return Outcome.of(new DaoPlan.Delete(params, false, returnsOld));
  }

  private Outcome planScan(
      MethodName method, List<Param> params, TypeMirror returnType, ReturnType returned, String useIndex) {
    DaoPlan.Shape shape = returned.readShape();
    if (shape == null) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a scan", readShapes()));
    }
    ProjectionPlanner.Projected projected = project(returned.element(), returnType);
    if (projected.problem() != null) {
      return Outcome.failed(projected.problem());
    }
    if (method.orderBy() != null) {
      return Outcome.failed(new DaoProblem.OrderByNotSortKey(method.orderBy(), "a Scan, which returns items in no order"));
    }
    List<Boolean> allFilters = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      allFilters.add(Boolean.TRUE);
    }
    Binding binding = bind(method.conditions(), params, allFilters, shape == DaoPlan.Shape.PAGE);
    if (binding.problem != null) {
      return Outcome.failed(binding.problem);
    }
    DaoProblem filterProblem = checkFilters(binding.filters);
    if (filterProblem != null) {
      return Outcome.failed(filterProblem);
    }
    AccessPath path = table();
    if (useIndex != null) {
      Selected named = namedIndex(useIndex);
      if (named.problem != null) {
        return Outcome.failed(named.problem);
      }
      path = named.path;
      DaoProblem unprojected = checkIndexProjection(path, projected.projection());
      if (unprojected != null) {
        return Outcome.failed(unprojected);
      }
    }
    return Outcome.of(new DaoPlan.Read(path, null, null, binding.filters, false, shape, projected.projection(),
        binding.cursor, binding.pageSize));
  }

  private Outcome planRead(MethodName method, List<Param> params, List<Boolean> filterParams, TypeMirror returnType,
      ReturnType returned, String useIndex) {
    Shaped shaped = readShape(method.verb(), returned, returnType, readShapes());
    if (shaped.problem() != null) {
      return Outcome.failed(shaped.problem());
    }
    DaoPlan.Shape shape = shaped.shape();
    Projection projection = null;
    if (shape != DaoPlan.Shape.EXISTS && shape != DaoPlan.Shape.COUNT) {
      ProjectionPlanner.Projected projected = project(returned.element(), returnType);
      if (projected.problem() != null) {
        return Outcome.failed(projected.problem());
      }
      projection = projected.projection();
    }
    List<NamedCondition> conditions = method.hasBy() || method.verb() == Verb.COUNT ? method.conditions() : fullKey();
    if (conditions.isEmpty()) {
      return Outcome.failed(new DaoProblem.NeedsScan(null, target.paths(), table()));
    }
    Binding binding = bind(conditions, params, filterParams, shape == DaoPlan.Shape.PAGE);
    if (binding.problem != null) {
      return Outcome.failed(binding.problem);
    }
    if (binding.keys.stream().anyMatch(key -> key.operator() == Operator.IN)) {
      return planBatchGet(conditions, binding, shape, projection);
    }
    DaoProblem filterProblem = checkFilters(binding.filters);
    if (filterProblem != null) {
      return Outcome.failed(filterProblem);
    }
    Selected selected = select(binding.keys, method.orderBy(), useIndex);
    if (selected.problem != null) {
      return Outcome.failed(selected.problem);
    }
    AccessPath path = selected.path;
    Bound partition = binding.keys.get(0);
    Bound sortKey = binding.keys.size() > 1 ? binding.keys.get(1) : null;
    DaoProblem operatorProblem = checkKeyOperators(partition, sortKey);
    if (operatorProblem != null) {
      return Outcome.failed(operatorProblem);
    }
    DaoProblem filteredKey = checkFiltersNameNoKeyOf(path, binding.filters);
    if (filteredKey != null) {
      return Outcome.failed(filteredKey);
    }
    if (shape != DaoPlan.Shape.EXISTS && shape != DaoPlan.Shape.COUNT) {
      DaoProblem unprojected = checkIndexProjection(path, projection);
      if (unprojected != null) {
        return Outcome.failed(unprojected);
      }
    }
    boolean fullKeyEquality = path.isTable() && binding.filters.isEmpty() && partition.operator() == Operator.EQ
        && (path.sortKey() == null || (sortKey != null && sortKey.operator() == Operator.EQ));
    if (fullKeyEquality && (shape == DaoPlan.Shape.FIRST || shape == DaoPlan.Shape.EXISTS)) {
      List<Param> key = new ArrayList<>(partition.params());
      if (sortKey != null) {
        key.addAll(sortKey.params());
      }
      return Outcome.of(new DaoPlan.Get(key, projection, shape == DaoPlan.Shape.EXISTS));
    }
    return Outcome.of(new DaoPlan.Read(path, partition, sortKey, binding.filters, method.descending(), shape, projection,
        binding.cursor, binding.pageSize));
  }

  /** The shape of a read, or the problem with its return type. */
  record Shaped(DaoPlan.Shape shape, DaoProblem problem) {}

  /**
   * How an exists, a count or a find returns what it reads.
   *
   * @param readShapes the return types a find may have, for the message
   */
  static Shaped readShape(Verb verb, ReturnType returned, TypeMirror returnType, String readShapes) {
    switch (verb) {
      case EXISTS:
        return returned.container() == ReturnType.Container.BOOLEAN
            ? new Shaped(DaoPlan.Shape.EXISTS, null)
            : new Shaped(null, new DaoProblem.ReturnType(returnType, "an exists", "boolean"));
      case COUNT:
        return returned.container() == ReturnType.Container.LONG
            ? new Shaped(DaoPlan.Shape.COUNT, null)
            : new Shaped(null, new DaoProblem.ReturnType(returnType, "a count", "long"));
      default:
        DaoPlan.Shape shape = returned.readShape();
        return shape != null
            ? new Shaped(shape, null)
            : new Shaped(null, new DaoProblem.ReturnType(returnType, "a find", readShapes));
    }
  }

  private Outcome planBatchGet(List<NamedCondition> conditions, Binding binding, DaoPlan.Shape shape, Projection projection) {
    NamedCondition last = conditions.get(conditions.size() - 1);
    boolean inOnLastKeyOnly = last.operator() == Operator.IN
        && conditions.stream().filter(c -> c.operator() == Operator.IN).count() == 1;
    List<NamedCondition> asEquals = new ArrayList<>();
    for (NamedCondition condition : conditions) {
      asEquals.add(new NamedCondition(condition.property(), Operator.EQ));
    }
    if (!inOnLastKeyOnly || !isFullKey(asEquals) || !binding.filters.isEmpty() || shape != DaoPlan.Shape.LIST) {
      NamedCondition in = conditions.stream().filter(c -> c.operator() == Operator.IN).findFirst().orElseThrow();
      return Outcome.failed(new DaoProblem.KeyOperator(Operator.IN, in.property(),
          "In reads items by their full keys with one BatchGetItem, so it applies only to the last key of the table's full key "
              + table().describe() + ", in a method returning a List",
          "write List<" + entityName() + "> find" + keyName() + "In(...)"));
    }
    Param partition = binding.keys.size() == 2 ? binding.keys.get(0).params().get(0) : null;
    Param keys = binding.keys.get(binding.keys.size() - 1).params().get(0);
    return Outcome.of(new DaoPlan.BatchGet(partition, keys, projection));
  }

  /** {@code ByCustomerAndNumber} for the table's full key. */
  private String keyName() {
    StringBuilder out = new StringBuilder("By");
    for (NamedCondition condition : fullKey()) {
      out.append(out.length() > 2 ? "And" : "").append(MethodName.capitalize(condition.property().name()));
    }
    return out.toString();
  }

  private List<NamedCondition> fullKey() {
    List<NamedCondition> key = new ArrayList<>();
    key.add(new NamedCondition(table().partitionKey(), Operator.EQ));
    if (table().sortKey() != null) {
      key.add(new NamedCondition(table().sortKey(), Operator.EQ));
    }
    return key;
  }

  private boolean isFullKey(List<NamedCondition> conditions) {
    List<NamedCondition> key = fullKey();
    if (conditions.size() != key.size()) {
      return false;
    }
    for (int i = 0; i < key.size(); i++) {
      if (!same(conditions.get(i).property(), key.get(i).property()) || conditions.get(i).operator() != Operator.EQ) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Property a, Property b) {
    return a != null && b != null && a.name().equals(b.name());
  }

  // Binding parameters to the conditions of the name.

  static final class Binding {
    final List<Bound> keys = new ArrayList<>();
    final List<Bound> filters = new ArrayList<>();
    Param cursor;
    Param pageSize;
    DaoProblem problem;
  }

  Binding bind(List<NamedCondition> conditions, List<Param> params, List<Boolean> filterParams, boolean paged) {
    Binding binding = new Binding();
    int expected = paged ? 2 : 0;
    for (NamedCondition condition : conditions) {
      expected += condition.operator().arity();
    }
    if (params.size() != expected) {
      binding.problem = new DaoProblem.ParameterCount(expected, params.size(), expectedParameters(conditions, paged));
      return binding;
    }
    int next = 0;
    for (NamedCondition condition : conditions) {
      List<Param> bound = params.subList(next, next + condition.operator().arity());
      boolean filter = filterParams.get(next);
      next += bound.size();
      (filter ? binding.filters : binding.keys).add(new Bound(condition.property(), condition.operator(), List.copyOf(bound)));
    }
    if (paged) {
      binding.cursor = params.get(next);
      binding.pageSize = params.get(next + 1);
    }
    binding.problem = checkParameters(conditions, binding);
    return binding;
  }

  private String expectedParameters(List<NamedCondition> conditions, boolean paged) {
    List<String> declared = new ArrayList<>();
    for (NamedCondition condition : conditions) {
      String type = simpleTypeName(condition.property().javaType());
      String name = condition.property().name();
      switch (condition.operator()) {
        case BETWEEN -> {
          declared.add(type + " " + name + "From");
          declared.add(type + " " + name + "To");
        }
        case IN -> declared.add("Collection<" + simpleTypeName(boxed(condition.property().javaType())) + "> " + name + "s");
        case EXISTS -> declared.add("boolean " + name + "Exists");
        default -> declared.add(type + " " + name);
      }
    }
    if (paged) {
      declared.add("String cursor");
      declared.add("int pageSize");
    }
    return "(" + String.join(", ", declared) + ")";
  }

  private DaoProblem checkParameters(List<NamedCondition> conditions, Binding binding) {
    List<Bound> all = new ArrayList<>(binding.keys);
    all.addAll(binding.filters);
    for (Bound bound : all) {
      for (Param param : bound.params()) {
        for (NamedCondition other : conditions) {
          if (!same(other.property(), bound.property()) && param.name().equalsIgnoreCase(other.property().name())) {
            return new DaoProblem.ParameterOrder(param.name(), bound.property(), other.property(),
                conditions.stream().map(c -> c.property().name()).toList());
          }
        }
      }
    }
    // A filter's parameters are checked with its operator (FilterCheck), after the binding.
    for (Bound bound : binding.keys) {
      if (!bound.operator().isKeyCondition()) {
        continue; // no key takes it: the key operator check says so, or the filter check once it is @Filter
      }
      TypeMirror expected = boxed(bound.property().javaType());
      for (Param param : bound.params()) {
        boolean matches = bound.operator() == Operator.IN
            ? paramTypes.isCollectionOf(param.type(), expected)
            : paramTypes.sameBoxed(param.type(), expected);
        if (!matches) {
          String expectedName = bound.operator() == Operator.IN
              ? "a Collection<" + simpleTypeName(expected) + ">"
              : simpleTypeName(bound.property().javaType());
          String what = bound.operator() == Operator.IN
              ? "the In (batch get) of key '" + bound.property().name() + "'"
              : "property '" + bound.property().name() + "'";
          return new DaoProblem.ParameterType(param.name(), param.type(), expectedName, what);
        }
      }
    }
    if (binding.cursor != null && !ParamTypes.isString(binding.cursor.type())) {
      return new DaoProblem.ParameterType(binding.cursor.name(), binding.cursor.type(), "String", "the page cursor");
    }
    if (binding.pageSize != null && binding.pageSize.type().getKind() != TypeKind.INT) {
      return new DaoProblem.ParameterType(binding.pageSize.name(), binding.pageSize.type(), "int", "the page size");
    }
    return null;
  }

  private TypeMirror boxed(TypeMirror type) {
    return paramTypes.boxed(type);
  }

  private static String simpleTypeName(TypeMirror type) {
    return TypeText.simple(type);
  }

  // Choosing the table or index.

  private record Selected(AccessPath path, DaoProblem problem) {}

  private Selected select(List<Bound> keys, Property orderBy, String useIndex) {
    List<AccessPath> candidates = new ArrayList<>(target.paths());
    if (useIndex != null) {
      Selected named = namedIndex(useIndex);
      if (named.problem != null) {
        return named;
      }
      candidates = List.of(named.path);
    }
    if (keys.isEmpty()) {
      return new Selected(null, new DaoProblem.NeedsScan(null, target.paths(), table()));
    }
    Property first = keys.get(0).property();
    List<AccessPath> byPartition = candidates.stream().filter(p -> same(p.partitionKey(), first)).toList();
    if (byPartition.isEmpty()) {
      if (useIndex != null) {
        return new Selected(null, new DaoProblem.IndexMismatch(candidates.get(0), "partition key '" + first.name() + "'"));
      }
      return new Selected(null, new DaoProblem.NeedsScan(first, target.paths(), closest(keys)));
    }
    List<AccessPath> fitting = byPartition;
    if (keys.size() > 1) {
      Property second = keys.get(1).property();
      fitting = byPartition.stream().filter(p -> same(p.sortKey(), second)).toList();
      if (fitting.isEmpty()) {
        return new Selected(null, new DaoProblem.ImplicitFilter(second, byPartition.get(0)));
      }
    }
    if (keys.size() > 2) {
      return new Selected(null, new DaoProblem.ImplicitFilter(keys.get(2).property(), fitting.get(0)));
    }
    if (orderBy != null) {
      List<AccessPath> ordered = fitting.stream().filter(p -> same(p.sortKey(), orderBy)).toList();
      if (ordered.isEmpty()) {
        return new Selected(null, new DaoProblem.OrderByNotSortKey(orderBy, fitting.get(0).describe()));
      }
      fitting = ordered;
    }
    if (fitting.size() > 1) {
      // The table has every attribute and takes consistent reads: it wins over its indexes.
      if (fitting.get(0).isTable()) {
        return new Selected(fitting.get(0), null);
      }
      List<String> names = fitting.stream().map(p -> p.index().name()).toList();
      return new Selected(null, new DaoProblem.AmbiguousIndex(names));
    }
    return new Selected(fitting.get(0), null);
  }

  /** The index {@code @UseIndex} names, or the problem if the table has none of that name. */
  private Selected namedIndex(String useIndex) {
    List<String> names = new ArrayList<>();
    for (AccessPath path : target.paths()) {
      if (!path.isTable()) {
        names.add(path.index().name());
        if (path.index().name().equals(useIndex)) {
          return new Selected(path, null);
        }
      }
    }
    return new Selected(null, new DaoProblem.UnknownIndex(useIndex, names));
  }

  /** The path whose keys are most among the properties named, the first of equals; null if none shares any. */
  private AccessPath closest(List<Bound> keys) {
    AccessPath best = null;
    int bestShared = 0;
    for (AccessPath path : target.paths()) {
      int shared = 0;
      for (Bound key : keys) {
        if (same(path.partitionKey(), key.property()) || same(path.sortKey(), key.property())) {
          shared++;
        }
      }
      if (shared > bestShared) {
        best = path;
        bestShared = shared;
      }
    }
    return best;
  }

  private DaoProblem checkKeyOperators(Bound partition, Bound sortKey) {
    if (partition.operator() != Operator.EQ) {
      return new DaoProblem.KeyOperator(partition.operator(), partition.property(),
          "DynamoDB compares a partition key only for equality",
          "compare '" + partition.property().name() + "' for equality (By" + MethodName.capitalize(partition.property().name())
              + ") and put the range on the sort key");
    }
    if (sortKey != null && !sortKey.operator().isKeyCondition()) {
      return new DaoProblem.KeyOperator(sortKey.operator(), sortKey.property(),
          "a Query's key condition takes only equals, LessThan, LessThanEqual, GreaterThan, GreaterThanEqual, Between"
              + " and BeginsWith, and DynamoDB takes no key of what a Query reads in its filter either",
          "compare it with one of those, or " + IN_JAVA);
    }
    if (sortKey != null && sortKey.operator() == Operator.BEGINS_WITH
        && sortKey.property().mapped().storedAs() == StoredAs.N) {
      return new DaoProblem.KeyOperator(sortKey.operator(), sortKey.property(),
          "begins_with applies to string and binary keys, and '" + sortKey.property().name() + "' is stored as a number",
          "select a range with Between, or GreaterThanEqual and LessThan");
    }
    return null;
  }

  /** What to do about a condition on a key of what a Query reads that its key condition cannot say. */
  private static final String IN_JAVA = "read the partition and filter the items in Java, in a default method on table()";

  /**
   * A filter on the partition or sort key of what the method reads: DynamoDB refuses a Query whose
   * filter names one ("Filter Expression can only contain non-primary key attributes"). The other
   * keys (the table's, in a Query of an index) may be filtered on.
   */
  private static DaoProblem checkFiltersNameNoKeyOf(AccessPath path, List<Bound> filters) {
    for (Bound filter : filters) {
      if (same(path.partitionKey(), filter.property()) || same(path.sortKey(), filter.property())) {
        return new DaoProblem.KeyOperator(filter.operator(), filter.property(),
            "it is a key of " + path.describe() + " that the method queries, and DynamoDB takes no key of what a"
                + " Query reads in its filter, @Filter or not",
            "compare it in the key condition, without @Filter (equals, LessThan, LessThanEqual, GreaterThan,"
                + " GreaterThanEqual, Between, BeginsWith), or " + IN_JAVA);
      }
    }
    return null;
  }

  /** A key compared by an operator only a filter has ({@code Not}, {@code Contains}, {@code Exists}). */
  static DaoProblem notAKeyCondition(Bound key) {
    return new DaoProblem.KeyOperator(key.operator(), key.property(),
        "a Query's key condition takes only equals, LessThan, LessThanEqual, GreaterThan, GreaterThanEqual, Between and BeginsWith",
        "mark the parameter @Filter to filter the items read by it");
  }

  DaoProblem checkFilters(List<Bound> filters) {
    for (Bound filter : filters) {
      DaoProblem problem = filterCheck.check(filter);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /**
   * A global index returns only what it projects (a local one fetches the rest from the table):
   * every property the method returns must be among the index's keys, the table's keys and its
   * included attributes.
   */
  private DaoProblem checkIndexProjection(AccessPath path, Projection projection) {
    if (path.isTable() || path.index().local() || path.index().projection() == null
        || path.index().projection().type().equals("ALL")) {
      return null;
    }
    List<String> projected = new ArrayList<>(path.index().projection().included());
    for (Property key : Arrays.asList(table().partitionKey(), table().sortKey(), path.partitionKey(), path.sortKey())) {
      if (key != null) {
        projected.add(key.attributeName());
      }
    }
    List<String> missing = new ArrayList<>();
    for (Property property : projection == null ? target.entity().properties() : projection.components()) {
      if (!projected.contains(property.attributeName())) {
        missing.add(property.name());
      }
    }
    return missing.isEmpty() ? null
        : new DaoProblem.IndexProjection(path, path.index().projection().type(), List.copyOf(missing));
  }

  // Projections.

  private ProjectionPlanner.Projected project(TypeMirror element, TypeMirror returnType) {
    return projections.project(element, returnType);
  }

  private String readShapes() {
    String e = entityName();
    return String.format(Locale.ROOT, "Optional<%s>, List<%s>, Stream<%s>, Iterable<%s> or Page<%s> (or of a class of some of its properties)",
        e, e, e, e, e);
  }
}
