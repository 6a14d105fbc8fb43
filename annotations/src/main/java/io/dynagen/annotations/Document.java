package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record that is stored nested inside an item, as a DynamoDB map (M).
 *
 * <p>A property of a {@link Table} class (or of another document) whose type is a
 * {@code @Document} class is written as a map of that class's attributes, with the same rules
 * for class shapes, names and types as a table class. The processor generates
 * {@code XSchema} (the codec) and {@code X_} (metamodel paths such as {@code address.state})
 * for it. A document has no keys: {@link PartitionKey} and {@link SortKey} are errors here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {}
