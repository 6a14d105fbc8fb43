package io.dynagen.processor.model;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.util.Elements;

/** Reads whether a {@code @Table} class asks for an Enhanced Client schema, from its annotation and the build. */
public final class EnhancedSchemaReader {
  private final Elements elements;
  private final boolean byOption;

  /** {@code option} is the processor option's value, or null when it is not given. */
  public EnhancedSchemaReader(Elements elements, String option) {
    this.elements = elements;
    this.byOption = Boolean.parseBoolean(option);
  }

  public EnhancedSchemaRequest read(MappedClass model) {
    AnnotationValue value = model.isTable() ? Annotations.value(model.marker().mirror(), "enhancedSchema") : null;
    boolean byAnnotation = value != null && Boolean.TRUE.equals(value.getValue());
    boolean requested = model.isTable() && (byAnnotation || byOption);
    boolean present = requested && elements.getTypeElement(EnhancedSchemaRequest.ENHANCED_TABLE_SCHEMA) != null;
    return new EnhancedSchemaRequest(requested, byOption && !byAnnotation, present, model.marker());
  }
}
