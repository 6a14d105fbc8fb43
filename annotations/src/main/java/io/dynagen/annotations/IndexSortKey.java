package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property as the sort key of one or more secondary indexes.
 *
 * <p>An index named here and in an {@link IndexPartitionKey} is a global secondary index; an
 * index named only here is a local secondary index, sharing the table's partition key (the
 * table must then have a {@link SortKey}). Its type must be stored as a DynamoDB scalar.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IndexSortKey {
  /** The names of the indexes this property is the sort key of. */
  String[] value();
}
