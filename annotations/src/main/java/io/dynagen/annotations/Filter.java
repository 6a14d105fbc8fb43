package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says, on a parameter of a {@link Dao} method, that its condition is a filter: DynamoDB reads
 * the items the key condition selects, pays for them all, and drops those that do not match.
 * Without it, a condition on an attribute that is no key of the table or index read is a compile
 * error: a filter is never implied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Filter {}
