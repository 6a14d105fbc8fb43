package io.dynagen.processor.check;

import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.UnsupportedReason;

/** A property's type must be one Dynagen stores, a {@code @Document}, or {@code @Convert}-ed. */
final class TypeRules {
  private final Reporter reporter;
  private final ConverterRules converters;

  TypeRules(Reporter reporter) {
    this.reporter = reporter;
    this.converters = new ConverterRules(reporter);
  }

  void check(Property property) {
    MappedType mapped = property.mapped();
    if (mapped instanceof MappedType.Converted) {
      converters.check(property, (MappedType.Converted) mapped);
    } else if (mapped instanceof MappedType.Unsupported) {
      checkUnsupported(property, (MappedType.Unsupported) mapped);
    }
  }

  private void checkUnsupported(Property property, MappedType.Unsupported unsupported) {
    if (unsupported.reason() == UnsupportedReason.MISSING_DOCUMENT) {
      reporter.report(Message.MISSING_DOCUMENT, property.element(), property.name(),
          property.javaType(), unsupported.offending());
      return;
    }
    reporter.report(Message.UNSUPPORTED_TYPE, property.element(), property.name(),
        property.javaType(), why(property, unsupported), property.javaType());
  }

  /** The reason, in parentheses after the type, or nothing when the type says it all. */
  private static String why(Property property, MappedType.Unsupported unsupported) {
    switch (unsupported.reason()) {
      case RAW_OR_WILDCARD:
        return " (a raw or wildcard collection: give it a concrete element type, like List<String>)";
      case MAP_KEY:
        return " (map keys must be String or an enum, not " + unsupported.offending() + ")";
      case SET_ELEMENT:
        return " (DynamoDB sets hold strings, numbers or binary, not " + unsupported.offending()
            + "; use a List instead)";
      case TYPE_VARIABLE:
        return " (a type variable: its real type is unknown)";
      case ARRAY:
        return " (only byte[] arrays are stored; use a List instead)";
      default:
        return unsupported.offending().equals(property.javaType())
            ? "" : " (because of " + unsupported.offending() + ")";
    }
  }
}
