package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a property through a converter of your own, for a type Dynagen does not map itself.
 *
 * <p>Place it on a field, a record component or a getter: {@code @Convert(MoneyConverter.class)
 * Money price}. The class must implement {@code io.dynagen.runtime.AttributeConverter<T>}, where
 * {@code T} is the property's type, and have an accessible no-arg constructor; the generated
 * schema creates one instance of it and calls it directly.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Convert {
  /** {@return the converter class: implements {@code io.dynagen.runtime.AttributeConverter<T>}} */
  Class<?> value();
}
