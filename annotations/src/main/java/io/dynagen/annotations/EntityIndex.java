package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an {@link Entity @Entity} into a {@link SharedIndex shared index} of its root, with the
 * index's key templates for this entity type.
 *
 * <p>{@code @EntityIndex(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "LINE#{lineNo}")}.
 * Templates follow the rules of {@link Entity}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(EntityIndexes.class)
public @interface EntityIndex {
  /** {@return the name of a {@link SharedIndex} declared on the root} */
  String index();

  /** {@return the index partition key template} */
  String partitionKey();

  /** {@return the index sort key template; must be given if and only if the index has a sort key} */
  String sortKey() default "";

  /**
   * {@return the name of the index collection this partition template belongs to; defaults to the
   * lower-camel literal prefix of the partition template}
   */
  String collection() default "";
}
