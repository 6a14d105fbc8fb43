package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an overloaded global secondary index of a {@link SingleTable single table}: its key
 * attributes are strings that each entity type fills from its own
 * {@link EntityIndex @EntityIndex} templates, so one index serves several access patterns.
 *
 * <p>{@code @SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")}. The index
 * projects every attribute, so a read through it gives whole items of any type. The generated
 * table offers it as {@code table.gsi1()} (the lower-camel index name), with one collection query
 * per partition template used on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(SharedIndexes.class)
public @interface SharedIndex {
  /** {@return the index name: 3 to 255 characters of {@code a-z A-Z 0-9 _ . -}} */
  String name();

  /** {@return the name of the index's partition key attribute (a string, S)} */
  String partitionKey();

  /** {@return the name of the index's sort key attribute (a string, S); none if empty} */
  String sortKey() default "";
}
