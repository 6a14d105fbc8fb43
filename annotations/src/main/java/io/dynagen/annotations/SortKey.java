package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property that is the table's sort (range) key.
 *
 * <p>Place it on a field, a record component or a getter of a {@link Table} class; at most one
 * property per table has it. Its type must be stored as a DynamoDB scalar (string, number or
 * binary), like the {@link PartitionKey}'s.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface SortKey {}
