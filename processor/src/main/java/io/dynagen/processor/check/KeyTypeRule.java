package io.dynagen.processor.check;

import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Ordering;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;

/**
 * A key, of the table or of an index, must be stored as S, N or B: DynamoDB's only key types.
 * Its stored type must also be known at compile time, which rules out {@code @Convert}. A sort key
 * is what DynamoDB orders a query's items by and compares in key conditions, so its stored form
 * must sort as its Java values do ({@link Ordering}).
 */
final class KeyTypeRule {
  private final Reporter reporter;

  KeyTypeRule(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Property property, KeyRole role) {
    String problem = problem(property.mapped());
    Placed placed = property.annotation(role.annotation()).orElse(new Placed(property.element(), null));
    if (problem != null) {
      reporter.report(Message.KEY_TYPE, placed, role.description(), property.name(), property.javaType(), problem);
      return;
    }
    String unordered = role.ordered() ? Ordering.unorderedReason(property.mapped()) : null;
    if (unordered != null) {
      reporter.report(Message.UNORDERED_SORT_KEY, placed, role.description(), property.name(),
          property.javaType(), unordered);
    }
  }

  /** How the type is stored, when that is not a key type; null for a valid key type. */
  private static String problem(MappedType mapped) {
    if (mapped instanceof MappedType.Unsupported || mapped instanceof MappedType.Unresolved) {
      return null; // reported as a type problem already
    }
    if (mapped instanceof MappedType.Converted) {
      return "converted by @Convert, so its stored type is not known when the table's key schema is generated";
    }
    if (mapped instanceof MappedType.OptionalOf) {
      return "an Optional, but a key is never absent";
    }
    boolean single = mapped instanceof MappedType.Scalar || mapped instanceof MappedType.EnumType;
    return single && mapped.storedAs().isKeyScalar() ? null : "stored as " + mapped.storedAs();
  }
}
