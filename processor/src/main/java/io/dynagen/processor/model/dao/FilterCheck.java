package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Ordering;
import io.dynagen.processor.model.PathKind;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.dao.DaoPlan.Bound;
import io.dynagen.processor.model.dao.DaoPlan.Param;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a {@code @Filter} condition's operator applies to its attribute, and whether its
 * parameters have the type the metamodel condition takes: a filter compiles only where the
 * metamodel has the same condition ({@code Order_.total.gt(...)}), which is what it becomes.
 */
final class FilterCheck {
  private final ParamTypes types;

  FilterCheck(ParamTypes types) {
    this.types = types;
  }

  /** Why the filter cannot be, or null if it can. */
  DaoProblem check(Bound filter) {
    Property property = filter.property();
    PathKind kind = PathKind.of(property.mapped());
    if (kind == null) {
      return new DaoProblem.UnsupportedFilter(property,
          "the metamodel has no path for it (an Optional or an enum-keyed map inside a collection), so no condition can name it");
    }
    Operator operator = filter.operator();
    String refusal = refusal(operator, kind, PathKind.compared(property.mapped()), property.name());
    if (refusal != null) {
      return new DaoProblem.FilterOperator(operator, property, refusal, fix(operator, kind));
    }
    for (Param param : filter.params()) {
      if (!takes(operator, kind, property, param.type())) {
        return new DaoProblem.ParameterType(param.name(), param.type(), expected(operator, kind, property),
            "the " + operator.displayName() + " filter on property '" + property.name() + "'");
      }
    }
    return null;
  }

  /** Why {@code operator} does not apply to an attribute of this kind, or null if it does. */
  private static String refusal(Operator operator, PathKind kind, MappedType compared, String name) {
    switch (operator) {
      case EQ:
      case NE:
      case IN:
        return kind.isSingleValue() ? null
            : operator.displayName() + " compares single values, and '" + name + "' is " + described(kind);
      case LT:
      case LE:
      case GT:
      case GE:
      case BETWEEN:
        if (kind.isOrdered()) {
          return null;
        }
        String unordered = Ordering.unorderedReason(compared);
        if (unordered != null) {
          return "DynamoDB would compare its stored form, and " + unordered;
        }
        return kind == PathKind.VALUE
            ? "'" + name + "' is stored by its converter, whose stored form Dynagen cannot tell sorts as its values"
            : "'" + name + "' is " + described(kind) + ", which has no order";
      case BEGINS_WITH:
        return kind.isTextOrBinary() ? null
            : "begins_with applies to string and binary attributes, and '" + name + "' is " + described(kind);
      case CONTAINS:
        return kind.isTextOrBinary() || kind == PathKind.SET || kind == PathKind.LIST ? null
            : "contains applies to strings (a substring), sets and lists (an element), and '" + name + "' is "
                + described(kind);
      default:
        return null;
    }
  }

  private static String fix(Operator operator, PathKind kind) {
    if (!kind.isSingleValue()) {
      return kind == PathKind.SET || kind == PathKind.LIST
          ? "filter by an element with Contains, or by presence with Exists"
          : "filter by presence with Exists, or write a default method with table() and a metamodel condition on its attributes";
    }
    if (kind == PathKind.NUMBER || kind == PathKind.COMPARABLE) {
      return "select a range with Between, or GreaterThanEqual and LessThan";
    }
    return operator == Operator.BEGINS_WITH || operator == Operator.CONTAINS
        ? "compare it with Equals, Not or In"
        : "compare it with Equals, Not or In, or store a value that sorts";
  }

  private static String described(PathKind kind) {
    switch (kind) {
      case DOCUMENT:
        return "a document";
      case LIST:
        return "a list";
      case MAP:
        return "a map";
      case SET:
        return "a set";
      case BOOLEAN:
        return "a boolean";
      case NUMBER:
      case COMPARABLE:
        return "stored as a number";
      default:
        return "a single value";
    }
  }

  /** Whether a parameter of {@code type} is what the metamodel condition takes. */
  private boolean takes(Operator operator, PathKind kind, Property property, TypeMirror type) {
    TypeMirror compared = PathKind.compared(property.mapped()).type();
    switch (operator) {
      case EXISTS:
        return type.getKind() == TypeKind.BOOLEAN;
      case IN:
        return types.isCollectionOf(type, compared);
      case BEGINS_WITH:
      case CONTAINS:
        if (kind == PathKind.SET || kind == PathKind.LIST) {
          return types.sameBoxed(type, element(property));
        }
        return kind == PathKind.BINARY ? types.sameBoxed(type, compared) : ParamTypes.isString(type);
      default:
        return types.sameBoxed(type, compared);
    }
  }

  /** The parameter type {@link #takes} wants, as the message names it. */
  String expected(Operator operator, PathKind kind, Property property) {
    TypeMirror compared = PathKind.compared(property.mapped()).type();
    switch (operator) {
      case EXISTS:
        return "boolean (true: the attribute exists; false: it does not)";
      case IN:
        return "a Collection<" + TypeText.simple(types.boxed(compared)) + ">";
      case BEGINS_WITH:
      case CONTAINS:
        if (kind == PathKind.SET || kind == PathKind.LIST) {
          return TypeText.simple(types.boxed(element(property)));
        }
        return kind == PathKind.BINARY ? TypeText.simple(compared) : "String";
      default:
        return TypeText.simple(compared);
    }
  }

  private static TypeMirror element(Property property) {
    MappedType compared = PathKind.compared(property.mapped());
    return compared instanceof MappedType.SetOf set ? set.element().type() : ((MappedType.ListOf) compared).element().type();
  }
}
