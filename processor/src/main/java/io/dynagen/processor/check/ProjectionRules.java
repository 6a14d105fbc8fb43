package io.dynagen.processor.check;

import io.dynagen.processor.model.AnnotationNames;
import io.dynagen.processor.model.IndexProjection;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import java.util.List;

/**
 * The rules about index projections: {@code INCLUDE} names at least one attribute, attributes are
 * named only for {@code INCLUDE}, and each is an attribute of the class (a typo would make the
 * index silently miss it).
 */
final class ProjectionRules {
  private static final List<String> DECLARING =
      List.of(AnnotationNames.INDEX_PARTITION_KEY, AnnotationNames.LOCAL_INDEX_SORT_KEY);

  private final Reporter reporter;

  ProjectionRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(MappedClass model) {
    List<String> attributes = model.properties().stream().map(Property::attributeName).toList();
    for (Property property : model.properties()) {
      for (String annotation : DECLARING) {
        property.indexProjection(annotation).ifPresent(projection -> check(model, property, annotation, projection, attributes));
      }
    }
  }

  private void check(MappedClass model, Property property, String annotation, IndexProjection projection,
      List<String> attributes) {
    String simple = Names.simpleAnnotationName(annotation);
    if (projection.type().equals("INCLUDE") && projection.included().isEmpty()) {
      reporter.report(Message.INDEX_INCLUDE_WITHOUT_ATTRIBUTES, projection.placed(), simple, property.name());
      return;
    }
    if (!projection.type().equals("INCLUDE") && !projection.included().isEmpty()) {
      reporter.report(Message.INDEX_ATTRIBUTES_WITHOUT_INCLUDE, projection.placed(), simple, property.name(),
          String.join(", ", projection.included()), projection.type());
      return;
    }
    for (String included : projection.included()) {
      if (!attributes.contains(included)) {
        String close = attributes.stream().filter(name -> IndexNameDistance.isClose(included, name)).findFirst()
            .map(name -> "; did you mean '" + name + "'?").orElse("");
        reporter.report(Message.INDEX_INCLUDE_UNKNOWN_ATTRIBUTE, projection.placed(), simple, property.name(),
            included, Names.simpleName(model), close);
      }
    }
  }
}
