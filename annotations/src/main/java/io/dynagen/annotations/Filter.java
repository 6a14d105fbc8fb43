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
 *
 * <p>The operator comes from the name, as for keys: {@code findByCustomerAndTotalGreaterThan(String
 * customer, @Filter BigDecimal total)}. A filter takes equals, {@code Not}, {@code LessThan},
 * {@code LessThanEqual}, {@code GreaterThan}, {@code GreaterThanEqual}, {@code Between}, {@code
 * BeginsWith}, {@code Contains} (a substring, or an element of a set or list), {@code In} (a
 * collection parameter) and {@code Exists} (a {@code boolean} parameter: {@code false} for not
 * exists), each where the attribute's type takes it; see docs/daos.md.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Filter {}
