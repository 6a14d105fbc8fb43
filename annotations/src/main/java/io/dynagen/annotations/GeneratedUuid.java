package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Has Dynagen give a {@code String} or {@link java.util.UUID} property a random UUID when an
 * object is put without one: {@code @PartitionKey @GeneratedUuid String id}. The put returns the
 * object as written, with its new id. An update of an item without one sets it too (unless it is
 * a key, which an update never changes).
 *
 * <p>On a {@code @Table} class's own property; typically its partition key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface GeneratedUuid {}
