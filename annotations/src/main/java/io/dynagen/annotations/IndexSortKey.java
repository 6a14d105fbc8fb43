package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property as the sort key of one or more secondary indexes.
 *
 * <p>Every index named here must be named in an {@link IndexPartitionKey} too: together they make
 * a global secondary index. A local secondary index (sharing the table's partition key) is
 * declared with {@link LocalIndexSortKey} instead. Its type must be stored as a DynamoDB scalar
 * whose order is its values' order, as for any sort key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IndexSortKey {
  /** {@return the names of the indexes this property is the sort key of} */
  String[] value();
}
