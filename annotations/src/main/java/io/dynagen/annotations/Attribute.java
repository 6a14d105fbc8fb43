package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a property under an attribute name other than the Java property name.
 *
 * <p>Place it on a field, a record component or a getter: {@code @Attribute("last_name") String
 * lastName}. Without it, the attribute is named exactly as the Java property. The name must not
 * be empty, and two properties of one class may not share a name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Attribute {
  /** {@return the attribute name stored in DynamoDB} */
  String value();
}
