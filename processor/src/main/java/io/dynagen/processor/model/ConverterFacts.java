package io.dynagen.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What the checks need to know about the converter class named by {@code @Convert}, read once
 * by the {@link ModelBuilder} so that the checks never look at the converter's elements.
 *
 * @param simpleName the converter class's simple name, for messages
 * @param implementsConverter whether it implements {@code io.dynagen.runtime.AttributeConverter}
 * @param handledType the {@code T} of its {@code AttributeConverter<T>}, or null when it is not a
 *     converter or implements the raw type
 * @param handlesPropertyType whether {@code T} is the property's type (boxed, for a primitive)
 * @param creation whether generated code can create it with {@code new Converter()}, or why not
 */
public record ConverterFacts(
    String simpleName,
    boolean implementsConverter,
    TypeMirror handledType,
    boolean handlesPropertyType,
    Creation creation) {

  /** Why {@code new Converter()} would not compile in generated code, or {@link #OK}. */
  public enum Creation {
    OK,
    NOT_A_CLASS,
    ABSTRACT,
    INNER_CLASS,
    NOT_ACCESSIBLE,
    NO_NO_ARG_CONSTRUCTOR
  }
}
