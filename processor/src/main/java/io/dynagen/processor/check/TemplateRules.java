package io.dynagen.processor.check;

import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.KeyTemplateModel;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.ScalarKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of one key template of a single-table entity: well formed, naming properties the
 * entity has, each of a type whose key text sorts as its values do (sort keys) or that can at
 * least be written as key text (partition keys).
 */
final class TemplateRules {
  /** What sorts as text the way it sorts in Java, once written as {@code KeyText} writes it. */
  private static final Set<ScalarKind> SORTABLE = EnumSet.of(ScalarKind.STRING, ScalarKind.BYTE, ScalarKind.SHORT,
      ScalarKind.INT, ScalarKind.LONG, ScalarKind.INSTANT, ScalarKind.LOCAL_DATE, ScalarKind.LOCAL_DATE_TIME);
  /** What a partition key, compared for equality only, may hold besides. */
  private static final Set<ScalarKind> EQUATABLE = EnumSet.of(ScalarKind.UUID);

  private final Reporter reporter;

  TemplateRules(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Checks a template; true if it is sound.
   *
   * @param role how messages name it: "partition key", "GSI1 sort key"
   * @param sorted true for a sort key template, whose values must sort as text
   */
  boolean check(EntityModel entity, Placed at, String role, KeyTemplateModel template, boolean sorted) {
    String name = entity.simpleName();
    if (template.isMalformed()) {
      reporter.report(Message.TEMPLATE_SYNTAX, at, role, template.text(), name, template.problem());
      return false;
    }
    boolean ok = true;
    for (String placeholder : template.properties()) {
      Optional<Property> property = entity.property(placeholder);
      if (property.isEmpty()) {
        reporter.report(Message.TEMPLATE_UNKNOWN_PROPERTY, at, role, template.text(), name, placeholder, name,
            didYouMean(entity, placeholder), String.join(", ", propertyNames(entity)));
        ok = false;
        continue;
      }
      String problem = typeProblem(property.get().mapped(), sorted);
      if (problem != null) {
        reporter.report(Message.TEMPLATE_KEY_TYPE, at, role, template.text(), name, placeholder,
            property.get().javaType(), problem, sorted
                ? "String, int, long, short, byte (or boxed), Instant, LocalDate or LocalDateTime"
                : "String, int, long, short, byte (or boxed), Instant, LocalDate, LocalDateTime, UUID or an enum");
        ok = false;
      }
    }
    return ok;
  }

  /** Why a property of this type cannot go in the template, or null if it can. */
  private static String typeProblem(MappedType type, boolean sorted) {
    if (type instanceof MappedType.EnumType) {
      return sorted ? "an enum, whose name does not sort as its constants do" : null;
    }
    if (type instanceof MappedType.Scalar) {
      ScalarKind kind = ((MappedType.Scalar) type).kind();
      if (SORTABLE.contains(kind)) {
        return null;
      }
      if (EQUATABLE.contains(kind)) {
        return sorted ? "whose text does not sort as UUIDs compare in Java" : null;
      }
      if (kind == ScalarKind.FLOAT || kind == ScalarKind.DOUBLE || kind == ScalarKind.BIG_DECIMAL
          || kind == ScalarKind.BIG_INTEGER) {
        return "a number with no fixed-width text, which would not sort as its values do";
      }
    }
    return "which cannot be written as key text";
  }

  private static List<String> propertyNames(EntityModel entity) {
    List<String> names = new ArrayList<>();
    for (Property property : entity.mapped().properties()) {
      names.add(property.name());
    }
    return names;
  }

  private static String didYouMean(EntityModel entity, String placeholder) {
    for (String name : propertyNames(entity)) {
      if (IndexNameDistance.isClose(placeholder, name)) {
        return " (did you mean {" + name + "}?)";
      }
    }
    return "";
  }
}
