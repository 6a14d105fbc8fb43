package io.dynagen.processor.check;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.ConverterFacts;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;

/**
 * The rules about a {@code @Convert} converter: it implements {@code AttributeConverter} of the
 * property's type, and generated code can create it with {@code new}.
 */
final class ConverterRules {
  private final Reporter reporter;

  ConverterRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Property property, MappedType.Converted converted) {
    ConverterFacts facts = converted.facts();
    Placed convert = property.annotation(AnnotationNames.CONVERT).orElseThrow();
    String converter = facts.simpleName();
    if (!facts.implementsConverter()) {
      reporter.report(Message.CONVERTER_NOT_CONVERTER, convert, converter, property.name(), converter,
          property.javaType());
    } else if (!facts.handlesPropertyType()) {
      String handled = facts.handledType() == null
          ? "a raw AttributeConverter (no type argument)"
          : facts.handledType().toString();
      reporter.report(Message.CONVERTER_WRONG_TYPE, convert, converter, property.name(), handled,
          property.javaType(), property.javaType());
    }
    String whyNot = whyNotCreatable(facts.creation());
    if (whyNot != null) {
      reporter.report(Message.CONVERTER_NOT_INSTANTIABLE, convert, converter, property.name(), converter, whyNot);
    }
  }

  private static String whyNotCreatable(ConverterFacts.Creation creation) {
    switch (creation) {
      case NOT_A_CLASS:
        return "it is not a class";
      case ABSTRACT:
        return "it is abstract";
      case INNER_CLASS:
        return "it is an inner class, which needs an enclosing instance";
      case NOT_ACCESSIBLE:
        return "it is not accessible from the model's package";
      case NO_NO_ARG_CONSTRUCTOR:
        return "it has no accessible no-arg constructor";
      default:
        return null;
    }
  }
}
