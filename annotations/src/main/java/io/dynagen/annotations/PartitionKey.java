package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property that is the table's partition (hash) key.
 *
 * <p>Place it on a field, a record component or a getter of a {@link Table} class; exactly one
 * property per table has it. The property's type must be stored as a DynamoDB scalar: a string
 * type (String, char, enum, UUID, the java.time types stored as strings), a number type or a
 * binary type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {}
