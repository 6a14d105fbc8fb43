package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a permitted subclass of a {@link SingleTable single-table} root as one entity type, and
 * says where its items go with key templates.
 *
 * <pre>{@code
 * @Entity(partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{createdAt}#{orderId}")
 * public record Order(String customerId, String orderId, Instant createdAt, ...) implements ShopItem {}
 * }</pre>
 *
 * <p>A template is literal text with {@code {property}} placeholders naming properties of the
 * entity. On write, the key attributes are assembled from the properties (which are also stored
 * as attributes of their own, so they read back). Values are written so that the text sorts as
 * the value does: whole numbers at a fixed width, {@code Instant}, {@code LocalDate} and
 * {@code LocalDateTime} at a fixed width. The generated key methods take the properties, typed:
 * {@code orders.get(customerId, createdAt, orderId)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /** {@return the stored type name; defaults to the simple class name} */
  String type() default "";

  /** {@return the partition key template, e.g. {@code "CUSTOMER#{customerId}"}} */
  String partitionKey();

  /**
   * {@return the sort key template, e.g. {@code "ORDER#{createdAt}#{orderId}"} or {@code
   * "PROFILE"}}
   */
  String sortKey();

  /**
   * {@return the name of the item collection this entity's partition template belongs to: the
   * generated table's {@code xCollection(...)} query. Defaults to the lower-camel literal prefix of
   * the partition template ({@code "CUSTOMER#{customerId}"} gives {@code customer})}
   */
  String collection() default "";
}
