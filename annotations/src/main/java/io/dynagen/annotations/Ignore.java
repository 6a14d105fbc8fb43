package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a property out of the item: it is neither written nor read.
 *
 * <p>Place it on a field or a getter. A key property cannot be ignored. A record component
 * cannot be ignored either, since the canonical constructor needs every component.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Ignore {}
