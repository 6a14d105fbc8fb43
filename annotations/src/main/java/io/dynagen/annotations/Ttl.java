package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property DynamoDB's time to live expires items by: an {@link java.time.Instant}, or a
 * {@code long}/{@code Long} of epoch seconds. It is stored as a number of epoch seconds (N), the
 * only form DynamoDB's expiry reads, so an Instant keeps whole seconds only. The generated
 * table's {@code createTable()} turns expiry on for it.
 *
 * <p>At most one per class, on a {@code @Table} class's own property, never on a key. DynamoDB
 * deletes expired items in the background, typically within days of their expiry: filter on
 * the attribute where an expired item must not be seen.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Ttl {}
