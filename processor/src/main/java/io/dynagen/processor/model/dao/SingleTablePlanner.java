package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.ScalarKind;
import io.dynagen.processor.model.dao.DaoPlan.Bound;
import io.dynagen.processor.model.dao.DaoPlan.Param;
import io.dynagen.processor.model.dao.DaoPlanner.Outcome;
import io.dynagen.processor.model.dao.MethodName.NamedCondition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Plans the methods of a DAO of single-table design: of an entity type, whose keys are its
 * templates' placeholders (a GetItem by all of them, a Query by the partition template's and a
 * condition on the sort template's first), or of the sealed root, read by item collection. As for
 * one-class tables, never a Scan: what no key template answers does not compile.
 */
final class SingleTablePlanner {
  private static final Set<Operator> RANGES = EnumSet.of(Operator.LT, Operator.LE, Operator.GT, Operator.GE,
      Operator.BETWEEN);

  private final Types types;
  private final DaoTarget target;
  private final List<KeyPath> paths;
  private final DaoPlanner parameters;

  SingleTablePlanner(Types types, DaoTarget.Entity target) {
    this(types, target, target.paths());
  }

  SingleTablePlanner(Types types, DaoTarget.Collections target) {
    this(types, target, target.paths());
  }

  private SingleTablePlanner(Types types, DaoTarget target, List<KeyPath> paths) {
    this.types = types;
    this.target = target;
    this.paths = paths;
    this.parameters = DaoPlanner.forParameters(types);
  }

  private boolean isRoot() {
    return target instanceof DaoTarget.Collections;
  }

  private TypeMirror type() {
    return target.type().asType();
  }

  private String typeName() {
    return target.type().getSimpleName().toString();
  }

  /** The properties a name may use: the entity's, or the root's collection placeholders. */
  private List<Property> properties() {
    if (target instanceof DaoTarget.Entity entity) {
      return entity.entity().mapped().properties();
    }
    Map<String, Property> placeholders = new LinkedHashMap<>();
    for (KeyPath path : paths) {
      path.partitionProperties().forEach(p -> placeholders.putIfAbsent(p.name(), p));
    }
    return List.copyOf(placeholders.values());
  }

  Outcome plan(String name, List<Param> params, List<Boolean> filterParams, TypeMirror returnType, String useIndex) {
    MethodName.Parsed parsed = MethodName.parse(name, properties());
    if (parsed instanceof MethodName.Failed failed) {
      return Outcome.failed(failed.problem());
    }
    MethodName method = ((MethodName.Ok) parsed).name();
    ReturnType returned = ReturnType.of(returnType);
    return switch (method.verb()) {
      case PUT -> planPut(method, params, returnType, returned);
      case DELETE -> planDelete(method, params, filterParams, returnType, returned);
      case SCAN -> Outcome.failed(new DaoProblem.SingleTableScan(target.tableClass().getSimpleName().toString()));
      default -> planRead(name, method, params, filterParams, returnType, returned, useIndex);
    };
  }

  /** Whether {@code type} is what the DAO takes: the entity, or for the root any of its types. */
  private boolean isItem(TypeMirror type) {
    return isRoot() ? types.isAssignable(type, type()) : types.isSameType(type, type());
  }

  private Outcome planPut(MethodName method, List<Param> params, TypeMirror returnType, ReturnType returned) {
    if (method.hasBy()) {
      return Outcome.failed(new DaoProblem.PutWithConditions());
    }
    if (params.size() != 1) {
      return Outcome.failed(new DaoProblem.ParameterCount(1, params.size(), "(" + typeName() + " item)"));
    }
    if (!isItem(params.get(0).type())) {
      return Outcome.failed(new DaoProblem.ParameterType(params.get(0).name(), params.get(0).type(),
          isRoot() ? typeName() + " or one of its entity types" : typeName(), "the item to put"));
    }
    boolean returnsItem = returned.container() == ReturnType.Container.PLAIN && types.isSameType(returnType, type());
    if (returned.container() != ReturnType.Container.VOID && !returnsItem) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a put", "void or " + typeName()));
    }
    return Outcome.of(new DaoPlan.Put(params.get(0), returnsItem));
  }

  private Outcome planDelete(
      MethodName method, List<Param> params, List<Boolean> filterParams, TypeMirror returnType, ReturnType returned) {
    if (!method.hasBy() && params.size() == 1 && isItem(params.get(0).type())) {
      if (returned.container() != ReturnType.Container.VOID) {
        return Outcome.failed(new DaoProblem.ReturnType(returnType, "a delete of an object", "void"));
      }
      return Outcome.of(new DaoPlan.Delete(params, true, false));
    }
    if (!(target instanceof DaoTarget.Entity)) {
      return Outcome.failed(new DaoProblem.TemplateDeleteKey("an entity type of " + typeName(),
          "By... in the @Dao of the entity type"));
    }
    KeyPath table = paths.get(0);
    boolean returnsOld = returned.container() == ReturnType.Container.OPTIONAL
        && types.isSameType(returned.element(), type());
    if (returned.container() != ReturnType.Container.VOID && !returnsOld) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a delete by key",
          "void, or Optional<" + typeName() + "> for the item as it was"));
    }
    List<NamedCondition> conditions = method.hasBy() ? method.conditions() : fullKey(table);
    if (!sameProperties(conditions, fullKey(table)) || filterParams.contains(Boolean.TRUE)) {
      return Outcome.failed(new DaoProblem.TemplateDeleteKey(table.describe(), byName(fullKey(table))));
    }
    DaoPlanner.Binding binding = parameters.bind(conditions, params, filterParams, false);
    if (binding.problem != null) {
      return Outcome.failed(binding.problem);
    }
    return Outcome.of(new DaoPlan.Delete(params, false, returnsOld));
  }

  private Outcome planRead(String name, MethodName method, List<Param> params, List<Boolean> filterParams,
      TypeMirror returnType, ReturnType returned, String useIndex) {
    String e = typeName();
    String readShapes = String.format(Locale.ROOT, "Optional<%s>, List<%s>, Stream<%s>, Iterable<%s> or Page<%s>",
        e, e, e, e, e);
    DaoPlanner.Shaped shaped = DaoPlanner.readShape(method.verb(), returned, returnType, readShapes);
    if (shaped.problem() != null) {
      return Outcome.failed(shaped.problem());
    }
    DaoPlan.Shape shape = shaped.shape();
    if (shape != DaoPlan.Shape.EXISTS && shape != DaoPlan.Shape.COUNT && !types.isSameType(returned.element(), type())) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a read of " + (isRoot()
          ? "an item collection (projections of single-table items are not supported)"
          : "a single-table entity (projections of single-table entities are not supported)"), readShapes));
    }
    List<NamedCondition> conditions = method.hasBy() || method.verb() == Verb.COUNT
        ? method.conditions() : fullKey(paths.get(0));
    if (conditions.isEmpty()) {
      return Outcome.failed(new DaoProblem.TemplateNeedsScan(null, "it names no key", paths));
    }
    DaoPlanner.Binding binding = parameters.bind(conditions, params, filterParams, shape == DaoPlan.Shape.PAGE);
    if (binding.problem != null) {
      return Outcome.failed(binding.problem);
    }
    for (Bound key : binding.keys) {
      if (key.operator() == Operator.IN) {
        return Outcome.failed(new DaoProblem.KeyOperator(Operator.IN, key.property(),
            "a DAO of single-table design reads no batch of keys",
            "write a default method with table() (a batch get of the entity accessor's keys)"));
      }
      if (!key.operator().isKeyCondition()) {
        return Outcome.failed(DaoPlanner.notAKeyCondition(key));
      }
    }
    if (isRoot() && !binding.filters.isEmpty()) {
      return Outcome.failed(new DaoProblem.CollectionFilter(binding.filters.get(0).property()));
    }
    DaoProblem filterProblem = parameters.checkFilters(binding.filters);
    if (filterProblem != null) {
      return Outcome.failed(filterProblem);
    }
    if (binding.keys.isEmpty()) {
      return Outcome.failed(new DaoProblem.TemplateNeedsScan(null, "it names no key", paths));
    }
    return isRoot()
        ? planCollection(name, method, binding, shape)
        : planEntityRead(method, binding, shape, returnType, useIndex);
  }

  // An entity: its table templates, or an @EntityIndex's.

  private Outcome planEntityRead(MethodName method, DaoPlanner.Binding binding, DaoPlan.Shape shape,
      TypeMirror returnType, String useIndex) {
    List<Bound> keys = binding.keys;
    List<KeyPath> candidates = paths;
    if (useIndex != null) {
      candidates = paths.stream().filter(p -> useIndex.equals(p.index())).toList();
      if (candidates.isEmpty()) {
        List<String> names = paths.stream().filter(p -> !p.isTable()).map(KeyPath::index).toList();
        return Outcome.failed(new DaoProblem.UnknownIndex(useIndex, names));
      }
    }
    List<KeyPath> byPartition = candidates.stream().filter(p -> startsWithPartition(keys, p)).toList();
    if (byPartition.isEmpty()) {
      if (useIndex != null) {
        return Outcome.failed(new DaoProblem.TemplateIndexMismatch(candidates.get(0),
            "partition placeholder '" + keys.get(0).property().name() + "'"));
      }
      return Outcome.failed(needsScan(keys.get(0).property()));
    }
    for (Bound partition : keys.subList(0, byPartition.get(0).partitionProperties().size())) {
      if (partition.operator() != Operator.EQ) {
        return Outcome.failed(new DaoProblem.KeyOperator(partition.operator(), partition.property(),
            "DynamoDB compares a partition key only for equality, and '" + partition.property().name()
                + "' is a placeholder of a partition template",
            "compare it for equality and put the range on the sort template's first placeholder"));
      }
    }
    List<KeyPath> fitting = new ArrayList<>();
    DaoProblem firstProblem = null;
    for (KeyPath path : byPartition) {
      DaoProblem problem = sortProblem(path, keys.subList(path.partitionProperties().size(), keys.size()));
      if (problem == null) {
        fitting.add(path);
      } else if (firstProblem == null) {
        firstProblem = problem;
      }
    }
    if (fitting.isEmpty()) {
      return Outcome.failed(firstProblem);
    }
    if (method.orderBy() != null) {
      List<KeyPath> ordered = fitting.stream().filter(p -> same(p.firstSortProperty(), method.orderBy())).toList();
      if (ordered.isEmpty()) {
        return Outcome.failed(new DaoProblem.TemplateOrderBy(method.orderBy(), fitting.get(0)));
      }
      fitting = ordered;
    }
    if (fitting.size() > 1 && !fitting.get(0).isTable()) {
      // The table holds every attribute and takes consistent reads: it wins over shared indexes.
      return Outcome.failed(new DaoProblem.AmbiguousIndex(fitting.stream().map(KeyPath::index).toList()));
    }
    KeyPath path = fitting.get(0);
    int partitionSize = path.partitionProperties().size();
    List<Bound> partition = keys.subList(0, partitionSize);
    List<Bound> sort = keys.subList(partitionSize, keys.size());
    boolean fullKey = path.isTable() && binding.filters.isEmpty() && sort.size() == path.sortProperties().size()
        && sort.stream().allMatch(b -> b.operator() == Operator.EQ);
    if (fullKey && (shape == DaoPlan.Shape.FIRST || shape == DaoPlan.Shape.EXISTS)) {
      List<Param> key = new ArrayList<>();
      keys.forEach(bound -> key.addAll(bound.params()));
      return Outcome.of(new DaoPlan.Get(key, null, shape == DaoPlan.Shape.EXISTS));
    }
    if (sort.size() > 1) {
      return Outcome.failed(new DaoProblem.ReturnType(returnType, "a read of one item by its full key "
          + byName(fullKey(path)), "Optional<" + typeName() + ">, or boolean from an exists"));
    }
    return Outcome.of(new DaoPlan.TemplateRead(path, List.copyOf(partition), sort.isEmpty() ? null : sort.get(0),
        binding.filters, method.descending(), shape, binding.cursor, binding.pageSize));
  }

  /** Why the keys after the partition's cannot be the sort condition of {@code path}, or null if they can. */
  private DaoProblem sortProblem(KeyPath path, List<Bound> sort) {
    if (sort.isEmpty()) {
      return null;
    }
    Property first = path.firstSortProperty();
    Bound condition = sort.get(0);
    if (!same(first, condition.property())) {
      return isSortPlaceholder(path, condition.property())
          ? new DaoProblem.SortPlaceholder(condition.property(), path)
          : new DaoProblem.TemplateImplicitFilter(condition.property(), path);
    }
    if (sort.size() > 1) {
      // More than the first placeholder names one item: only the table's whole key, each equal.
      boolean wholeKey = path.isTable() && sort.size() == path.sortProperties().size();
      for (int i = 0; i < sort.size(); i++) {
        Bound bound = sort.get(i);
        if (!isSortPlaceholder(path, bound.property())) {
          return new DaoProblem.TemplateImplicitFilter(bound.property(), path);
        }
        wholeKey &= bound.operator() == Operator.EQ && same(path.sortProperties().get(i), bound.property());
      }
      return wholeKey ? null : new DaoProblem.SortPlaceholder(sort.get(1).property(), path);
    }
    boolean text = isString(condition.property());
    if (text && RANGES.contains(condition.operator())) {
      return new DaoProblem.PlaceholderRange(condition.operator(), condition.property(), path);
    }
    if (!text && condition.operator() == Operator.BEGINS_WITH) {
      return new DaoProblem.KeyOperator(Operator.BEGINS_WITH, condition.property(),
          "only a String placeholder has a prefix, and '" + condition.property().name() + "' is of type "
              + TypeText.simple(condition.property().javaType()),
          "select a range with Between, or GreaterThanEqual and LessThan");
    }
    return null;
  }

  private static boolean isSortPlaceholder(KeyPath path, Property property) {
    return path.sortProperties().stream().anyMatch(p -> same(p, property));
  }

  private static boolean isString(Property property) {
    return property.mapped() instanceof MappedType.Scalar scalar && scalar.kind() == ScalarKind.STRING;
  }

  private static boolean startsWithPartition(List<Bound> keys, KeyPath path) {
    List<Property> partition = path.partitionProperties();
    if (keys.size() < partition.size()) {
      return false;
    }
    for (int i = 0; i < partition.size(); i++) {
      if (!same(partition.get(i), keys.get(i).property())) {
        return false;
      }
    }
    return true;
  }

  private DaoProblem needsScan(Property first) {
    for (KeyPath path : paths) {
      if (!path.partitionProperties().isEmpty() && same(path.partitionProperties().get(0), first)) {
        return new DaoProblem.TemplateNeedsScan(first, "the partition template " + path.partitionKey().text()
            + " of " + (path.isTable() ? "the table" : "index '" + path.index() + "'") + " needs each of its placeholders ("
            + path.partitionNames() + ") first, in that order", paths);
      }
    }
    return new DaoProblem.TemplateNeedsScan(first, "'" + first.name() + "' is the first placeholder of no partition"
        + " template", paths);
  }

  /** The partition placeholders of the table templates, then the sort placeholders, each compared for equality. */
  private static List<NamedCondition> fullKey(KeyPath table) {
    List<NamedCondition> key = new ArrayList<>();
    table.partitionProperties().forEach(p -> key.add(new NamedCondition(p, Operator.EQ)));
    table.sortProperties().forEach(p -> key.add(new NamedCondition(p, Operator.EQ)));
    return key;
  }

  private static boolean sameProperties(List<NamedCondition> conditions, List<NamedCondition> key) {
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

  /** {@code ByCustomerIdAndCreatedAtAndOrderId}. */
  private static String byName(List<NamedCondition> key) {
    List<String> names = key.stream().map(c -> MethodName.capitalize(c.property().name())).toList();
    return "By" + String.join("And", names);
  }

  private static boolean same(Property a, Property b) {
    return a != null && b != null && a.name().equals(b.name());
  }

  // The root: item collections.

  private Outcome planCollection(String name, MethodName method, DaoPlanner.Binding binding, DaoPlan.Shape shape) {
    for (Bound key : binding.keys) {
      if (key.operator() != Operator.EQ) {
        return Outcome.failed(new DaoProblem.KeyOperator(key.operator(), key.property(),
            "an item collection is read by its partition key, which DynamoDB compares only for equality",
            "compare it for equality, and read a range of one entity type through that type's @Dao"));
      }
    }
    List<String> named = binding.keys.stream().map(b -> b.property().name()).toList();
    List<KeyPath> matching = paths.stream()
        .filter(p -> p.partitionProperties().stream().map(Property::name).toList().equals(named))
        .toList();
    if (matching.isEmpty()) {
      return Outcome.failed(new DaoProblem.NoCollection(named, paths));
    }
    List<KeyPath> onTable = matching.stream().filter(KeyPath::isTable).toList();
    List<KeyPath> best = onTable.isEmpty() ? matching : onTable;
    if (best.size() > 1) {
      String subject = subject(name);
      List<KeyPath> chosen = best.stream().filter(p -> subject.equalsIgnoreCase(p.collection())
          || subject.equalsIgnoreCase(p.collection() + "Collection")).toList();
      if (chosen.size() != 1) {
        return Outcome.failed(new DaoProblem.AmbiguousCollection(best));
      }
      best = chosen;
    }
    if (method.orderBy() != null) {
      return Outcome.failed(new DaoProblem.TemplateOrderBy(method.orderBy(), best.get(0)));
    }
    return Outcome.of(new DaoPlan.TemplateRead(best.get(0), List.copyOf(binding.keys), null, List.of(), false, shape,
        binding.cursor, binding.pageSize));
  }

  /** What a name has between its verb and {@code By}: {@code Customer} of {@code findCustomerByCustomerId}. */
  private static String subject(String name) {
    int start = 0;
    while (start < name.length() && !Character.isUpperCase(name.charAt(start))) {
      start++;
    }
    int by = name.indexOf("By", start);
    return by < 0 ? name.substring(start) : name.substring(start, by);
  }
}
