package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the secondary index a {@link Dao} query method reads, when the properties in its name
 * fit two indexes equally (the same partition key and no sort key named, say).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UseIndex {
  /** {@return the index name, as declared in {@code @IndexPartitionKey} or {@code @LocalIndexSortKey}} */
  String value();
}
