package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a numeric property ({@code long}, {@code int}, {@code Long} or {@code Integer}) a counter
 * that every update of the item increments by {@link #delta()}, in DynamoDB itself ({@code SET c
 * = if_not_exists(c, start) + delta}), so that concurrent updates all count. A put writes the
 * object's value, or {@link #start()} for an object without one (null, or 0 for a primitive).
 *
 * <p>On a {@code @Table} class's own property that is not a key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AtomicCounter {
  /** {@return the value of a new item's counter} */
  long start() default 0;

  /** {@return what each update adds; not 0} */
  long delta() default 1;
}
