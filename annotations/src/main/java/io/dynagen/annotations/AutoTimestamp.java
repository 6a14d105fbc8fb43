package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Has Dynagen set an {@link java.time.Instant} property to the current time on writes: {@code
 * @AutoTimestamp(When.CREATE) Instant createdAt} and {@code @AutoTimestamp Instant updatedAt}.
 *
 * <p>With {@link When#EVERY_WRITE} (the default), every put and update sets it. With {@link
 * When#CREATE}, a put sets it only if the object has none, and an update only if the stored item
 * has none ({@code if_not_exists}), so it keeps the time the item was created. The time is stored
 * as the Instant always is (ISO-8601, S), so it sorts and compares as a string.
 *
 * <p>On a {@code @Table} class's own {@code Instant} property that is not a table key (an index
 * key is fine: a GSI sorted by {@code updatedAt} is a common pattern).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AutoTimestamp {
  /** {@return when the timestamp is written} */
  When value() default When.EVERY_WRITE;

  /** When an {@code @AutoTimestamp} is written. */
  enum When {
    /** When the item is created. */
    CREATE,
    /** On every put and update. */
    EVERY_WRITE
  }
}
