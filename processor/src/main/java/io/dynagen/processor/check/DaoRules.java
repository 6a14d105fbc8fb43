package io.dynagen.processor.check;

import io.dynagen.processor.model.dao.AccessPath;
import io.dynagen.processor.model.dao.DaoMethod;
import io.dynagen.processor.model.dao.DaoModel;
import io.dynagen.processor.model.dao.DaoProblem;
import io.dynagen.processor.model.dao.Operator;
import io.dynagen.processor.model.dao.TypeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * The rules of {@code @Dao} interfaces: reports each problem the model found, on the method at
 * fault (or the {@code @Dao} annotation for the interface itself), with its message.
 */
public final class DaoRules {
  private final Reporter reporter;

  public DaoRules(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks a DAO; returns true if it has no errors. */
  public boolean check(DaoModel model) {
    int errorsBefore = reporter.errorCount();
    String daoName = model.element().getSimpleName().toString();
    if (model.problem() instanceof DaoProblem.NotAnInterface) {
      reporter.report(Message.DAO_NOT_INTERFACE, model.marker(), daoName, daoName);
    } else if (model.problem() instanceof DaoProblem.InterfaceShape p) {
      reporter.report(Message.DAO_INTERFACE_SHAPE, model.marker(), daoName, p.reason(), p.fix());
    } else if (model.problem() instanceof DaoProblem.EntityNotTable p) {
      String entity = simple(p.entity());
      reporter.report(Message.DAO_ENTITY_NOT_TABLE, model.marker(), entity, entity, entity);
    } else if (model.target() == null) {
      reporter.report(Message.DAO_UNRESOLVED_TYPE, model.marker(), daoName, "the class @Dao names");
    }
    if (model.tableMethodProblem() instanceof DaoProblem.TableMethod p) {
      reporter.report(Message.DAO_TABLE_METHOD, model.tableMethod(), daoName + ".table()", simpleName(p.expectedType()));
    }
    String entity = model.target() == null ? "" : model.target().type().getSimpleName().toString();
    for (DaoMethod method : model.methods()) {
      if (method.problem() != null) {
        report(method, method.problem(), entity);
      }
    }
    return reporter.errorCount() == errorsBefore;
  }

  private void report(DaoMethod method, DaoProblem problem, String entity) {
    Element at = method.element();
    String name = method.name();
    if (problem instanceof DaoProblem.UnknownMethod) {
      reporter.report(Message.DAO_UNKNOWN_METHOD, at, name);
    } else if (problem instanceof DaoProblem.UnknownProperty p) {
      reporter.report(Message.DAO_UNKNOWN_PROPERTY, at, name, p.text(), entity, didYouMean(p.text(), p.propertyNames()),
          String.join(", ", p.propertyNames()));
    } else if (problem instanceof DaoProblem.UnknownOperator p) {
      List<String> operators = new ArrayList<>();
      for (Operator operator : Operator.values()) {
        operators.addAll(operator.spellings().stream().filter(s -> !s.isEmpty()).toList());
      }
      reporter.report(Message.DAO_UNKNOWN_OPERATOR, at, name, p.property().name(), p.text(),
          didYouMean(p.text(), operators), String.join(", ", operators));
    } else if (problem instanceof DaoProblem.ParameterCount p) {
      reporter.report(Message.DAO_PARAMETER_COUNT, at, name, p.actual(), p.expected(), p.expectedParameters());
    } else if (problem instanceof DaoProblem.ParameterType p) {
      reporter.report(Message.DAO_PARAMETER_TYPE, at, p.parameter(), name, simple(p.actual()), p.what(), p.expected(),
          p.expected());
    } else if (problem instanceof DaoProblem.ParameterOrder p) {
      reporter.report(Message.DAO_PARAMETER_ORDER, at, p.parameter(), name, p.boundTo().name(), p.namedAs().name(), name,
          String.join(", ", p.order()));
    } else if (problem instanceof DaoProblem.KeyOperator p) {
      reporter.report(Message.DAO_KEY_OPERATOR, at, name, p.operator().displayName(), p.key().name(), p.reason(), p.fix());
    } else if (problem instanceof DaoProblem.ReturnType p) {
      reporter.report(Message.DAO_RETURN_TYPE, at, name, simple(p.actual()), p.methodKind(), p.expected());
    } else if (problem instanceof DaoProblem.AmbiguousIndex p) {
      reporter.report(Message.DAO_AMBIGUOUS_INDEX, at, name, quoted(p.indexes()), p.indexes().get(0));
    } else if (problem instanceof DaoProblem.UnknownIndex p) {
      reporter.report(Message.DAO_UNKNOWN_INDEX, at, name, p.name(), entity, didYouMean(p.name(), p.indexNames()),
          p.indexNames().isEmpty() ? "its indexes (it has none)" : quoted(p.indexNames()));
    } else if (problem instanceof DaoProblem.IndexMismatch p) {
      reporter.report(Message.DAO_INDEX_MISMATCH, at, name, p.index().describe(), p.needed());
    } else if (problem instanceof DaoProblem.IndexProjection p) {
      reporter.report(Message.DAO_INDEX_PROJECTION, at, name, p.index().describe(), p.projection(), quoted(p.missing()));
    } else if (problem instanceof DaoProblem.ProjectionComponent p) {
      reporter.report(Message.DAO_PROJECTION_COMPONENT, at, name, simple(p.returned()), p.component(), entity,
          didYouMean(p.component(), p.propertyNames()), entity, String.join(", ", p.propertyNames()));
    } else if (problem instanceof DaoProblem.ProjectionType p) {
      String propertyType = simple(p.property().javaType());
      reporter.report(Message.DAO_PROJECTION_TYPE, at, name, simple(p.returned()), p.component(), simple(p.componentType()),
          p.property().name(), entity, propertyType, propertyType);
    } else if (problem instanceof DaoProblem.ProjectionClass p) {
      reporter.report(Message.DAO_PROJECTION_CLASS, at, name, simple(p.returned()), p.reason(), p.fix());
    } else if (problem instanceof DaoProblem.NeedsScan p) {
      reporter.report(Message.DAO_NEEDS_SCAN, at, name, needsScanReason(p), closest(p), partitionKeys(p.paths()));
    } else if (problem instanceof DaoProblem.ImplicitFilter p) {
      reporter.report(Message.DAO_IMPLICIT_FILTER, at, name, p.property().name(), p.path().describe());
    } else if (problem instanceof DaoProblem.UnsupportedFilter p) {
      reporter.report(Message.DAO_UNSUPPORTED_FILTER, at, name, p.property().name(), p.reason(),
          "filter the items in Java in a default method, or store it as a type the metamodel has a path for "
              + "(a list of values rather than of Optionals)");
    } else if (problem instanceof DaoProblem.FilterOperator p) {
      reporter.report(Message.DAO_FILTER_OPERATOR, at, name, p.operator().displayName(), p.property().name(), p.reason(),
          p.fix());
    } else if (problem instanceof DaoProblem.OrderByNotSortKey p) {
      reporter.report(Message.DAO_ORDER_BY, at, name, p.property().name(), p.read(), p.property().name());
    } else if (problem instanceof DaoProblem.PutWithConditions) {
      reporter.report(Message.DAO_PUT_BY, at, name);
    } else if (problem instanceof DaoProblem.DeleteNeedsFullKey p) {
      reporter.report(Message.DAO_DELETE_KEY, at, name, p.table().describe(), byKeys(p.table()), entity);
    } else if (problem instanceof DaoProblem.UnresolvedType p) {
      // javac names a type it could not resolve at all "<any>": say what it is instead.
      String type = p.type().toString();
      reporter.report(Message.DAO_UNRESOLVED_TYPE, at, name, type.contains("<any>") ? "a type of its signature" : type);
    } else {
      SingleTableDaoRules.report(reporter, method, problem, entity);
    }
  }

  private static String needsScanReason(DaoProblem.NeedsScan problem) {
    return problem.property() == null
        ? "it names no key"
        : "'" + problem.property().name() + "' is the partition key of no table or index";
  }

  private static String closest(DaoProblem.NeedsScan problem) {
    AccessPath closest = problem.closest();
    if (closest == null) {
      return "";
    }
    return "; the closest is " + closest.describe() + ", which needs '" + closest.partitionKey().name() + "' first";
  }

  /** {@code customer (the table), status (index 'by-status')}. */
  private static String partitionKeys(List<AccessPath> paths) {
    List<String> keys = new ArrayList<>();
    for (AccessPath path : paths) {
      keys.add(path.partitionKey().name() + (path.isTable() ? " of the table" : " of index '" + path.index().name() + "'"));
    }
    return String.join(", ", keys);
  }

  private static String byKeys(AccessPath table) {
    return "By" + capitalize(table.partitionKey().name())
        + (table.sortKey() == null ? "" : "And" + capitalize(table.sortKey().name()));
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String quoted(List<String> names) {
    List<String> quoted = new ArrayList<>();
    for (String name : names) {
      quoted.add("'" + name + "'");
    }
    return String.join(", ", quoted);
  }

  /** {@code ; did you mean 'x'?} for the closest of {@code candidates}, if close enough to be a typo. */
  static String didYouMean(String text, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (IndexNameDistance.isClose(text, candidate)) {
        int distance = IndexNameDistance.distance(text.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  private static String simple(TypeMirror type) {
    return TypeText.simple(type);
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
