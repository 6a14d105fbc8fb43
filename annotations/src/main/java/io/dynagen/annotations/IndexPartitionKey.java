package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property as the partition key of one or more global secondary indexes.
 *
 * <p>{@code @IndexPartitionKey("by-email") String email}. The generated table accessor gets a
 * typed accessor per index. Its type must be stored as a DynamoDB scalar (S, N or B).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IndexPartitionKey {
  /** {@return the names of the indexes this property is the partition key of} */
  String[] value();

  /**
   * {@return which attributes the {@code value} indexes copy: {@link Projection#ALL} unless said}
   */
  Projection projection() default Projection.ALL;

  /**
   * {@return the attribute names (as stored) an {@link Projection#INCLUDE} projection copies
   * besides the keys; only with {@code INCLUDE}, which needs at least one}
   */
  String[] include() default {};
}
