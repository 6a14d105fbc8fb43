package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a numeric property ({@code long}, {@code int}, {@code Long} or {@code Integer}) as the
 * item's version, for optimistic locking.
 *
 * <p>Every put, update and delete of an object checks that the stored version is still the one
 * the object was read with, and a put or update stores the next version; if someone else wrote
 * the item in between, nothing is written and the table raises {@code VersionConflictException}
 * with the item as it stands. An object without a version (null, or 0 for a primitive) is new:
 * its first put requires that no versioned item has its key, and stores version 1. An update by
 * key alone (without the object) increments the version without checking it.
 *
 * <p>At most one per class, on a {@code @Table} class's own property, never on a key. Batch
 * writes cannot carry conditions (a DynamoDB rule), so the batch writer refuses to put (or delete
 * by object) an item of a versioned class rather than skip the check; use puts or a transaction.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {}
