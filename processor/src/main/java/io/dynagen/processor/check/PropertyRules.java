package io.dynagen.processor.check;

import static io.dynagen.processor.check.Names.capitalize;
import static io.dynagen.processor.check.Names.simpleAnnotationName;
import static io.dynagen.processor.check.Names.simpleName;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.Construction;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.MappedType;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * The rules about each property: it can be read and written, has one getter, agrees with
 * itself across field and accessors, has a storable type and a valid, unique attribute name.
 */
final class PropertyRules {
  /** DynamoDB's limit on key attribute names, in UTF-8 bytes. */
  private static final int MAX_KEY_NAME_BYTES = 255;
  /** DynamoDB's limit on other attribute names, in UTF-8 bytes. */
  private static final int MAX_NAME_BYTES = 65535;

  private final Reporter reporter;
  private final TypeRules types;

  PropertyRules(Reporter reporter) {
    this.reporter = reporter;
    this.types = new TypeRules(reporter);
  }

  void check(MappedClass model) {
    Map<String, Property> byAttribute = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      checkAccess(model, property);
      types.check(property);
      checkConflicts(property);
      checkAttributeName(property);
      Property earlier = byAttribute.putIfAbsent(property.attributeName(), property);
      if (earlier != null) {
        reporter.report(Message.DUPLICATE_ATTRIBUTE, attributePlacement(property),
            property.attributeName(), earlier.name(), property.name(), simpleName(model));
      }
    }
    checkStaticMembers(model);
    warnSkippedTransientFields(model);
  }

  private void checkAccess(MappedClass model, Property property) {
    if (property.duplicateGetter() != null) {
      reporter.report(Message.AMBIGUOUS_GETTERS, property.duplicateGetter(), property.name(),
          simpleName(model), "get" + capitalize(property.name()), "is" + capitalize(property.name()));
    }
    if (property.read() == null && property.write() == null && property.element().getKind() == ElementKind.FIELD) {
      // Neither way in nor out: one message naming both accessors, not two that contradict.
      reporter.report(Message.INACCESSIBLE_FIELD, property.element(), property.name(), simpleName(model),
          "get" + capitalize(property.name()), "set" + capitalize(property.name()), property.javaType());
      return;
    }
    if (property.read() == null) {
      reporter.report(Message.UNREADABLE_PROPERTY, property.element(), property.name(),
          simpleName(model), "get" + capitalize(property.name()));
    }
    // A class that cannot be created at all gets one message for that, not one per property.
    if (property.write() == null && model.construction().kind() != Construction.Kind.NONE) {
      reporter.report(Message.UNWRITABLE_PROPERTY, property.element(), property.name(),
          simpleName(model), "set" + capitalize(property.name()), property.javaType());
    }
  }

  private void checkConflicts(Property property) {
    for (Property.AnnotationConflict conflict : property.conflicts()) {
      String firstPlace = conflict.first().element().getKind() == ElementKind.FIELD ? "field" : "accessor";
      reporter.report(Message.CONFLICTING_ANNOTATIONS, conflict.second(),
          simpleAnnotationName(conflict.annotation()), property.name(), firstPlace,
          conflict.first().mirror(), conflict.second().mirror());
    }
  }

  private void checkAttributeName(Property property) {
    Placed placement = attributePlacement(property);
    String name = property.attributeName();
    if (name.isEmpty()) {
      reporter.report(Message.INVALID_ATTRIBUTE_NAME, placement, property.name(), "empty",
          "give @Attribute a non-empty name, or remove it to use the property name");
      return;
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    boolean key = property.isPartitionKey() || property.isSortKey()
        || !property.indexPartitionKeyOf().isEmpty() || !property.indexSortKeyOf().isEmpty()
        || !property.localIndexSortKeyOf().isEmpty();
    if (key && bytes > MAX_KEY_NAME_BYTES) {
      reporter.report(Message.INVALID_ATTRIBUTE_NAME, placement, property.name(), bytes + " bytes long",
          "DynamoDB allows at most 255 bytes for a key attribute name; use a shorter @Attribute name");
    } else if (bytes > MAX_NAME_BYTES) {
      reporter.report(Message.INVALID_ATTRIBUTE_NAME, placement, property.name(), bytes + " bytes long",
          "DynamoDB allows at most 64 KB for an attribute name; use a shorter @Attribute name");
    }
  }

  /** The {@code @Attribute} annotation if the name comes from one, else the property itself. */
  private static Placed attributePlacement(Property property) {
    return property.annotation(AnnotationNames.ATTRIBUTE).orElse(new Placed(property.element(), null));
  }

  private void checkStaticMembers(MappedClass model) {
    for (Placed member : model.annotatedStaticMembers()) {
      String kind = member.element().getKind() == ElementKind.FIELD ? "field" : "method";
      reporter.report(Message.STATIC_MEMBER, member,
          simpleAnnotationName(member.mirror().getAnnotationType().toString()), kind,
          member.element().getSimpleName(), member.element().getEnclosingElement().getSimpleName(), kind);
    }
  }

  /**
   * Named after the class that declares the field, not the mapped class: a base class's field
   * is then warned about once, however many mapped classes extend it (the reporter says each
   * message once per element).
   */
  private void warnSkippedTransientFields(MappedClass model) {
    for (VariableElement field : model.skippedTransientFields()) {
      reporter.report(Message.TRANSIENT_FIELD_SKIPPED, field, field.getSimpleName(),
          field.getEnclosingElement().getSimpleName());
    }
  }
}
