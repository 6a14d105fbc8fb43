package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property as the sort key of one or more local secondary indexes: indexes that share
 * the table's partition key (the table must have a {@link SortKey}) and order its items by this
 * property instead. A local index is declared here, on purpose, and nowhere else: an index named
 * only in an {@link IndexSortKey} is an error, not a local index, so that a typo in an index name
 * cannot create one. Its type must be stored as a DynamoDB scalar whose order is its values'
 * order, as for any sort key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface LocalIndexSortKey {
  /** {@return the names of the local indexes this property is the sort key of} */
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
