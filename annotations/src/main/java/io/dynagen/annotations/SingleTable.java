package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Table @Table} sealed interface or sealed abstract class one table holding
 * several entity types: each permitted subclass, annotated with {@link Entity @Entity}, is one
 * entity type, and its key templates say where its items go.
 *
 * <pre>{@code
 * @Table(name = "shop")
 * @SingleTable(partitionKey = "PK", sortKey = "SK", typeAttribute = "type")
 * @SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
 * public sealed interface ShopItem permits Customer, Order, OrderLine {}
 * }</pre>
 *
 * <p>For a root {@code ShopItem} the processor generates {@code ShopItemTable}, with one accessor
 * per entity type and one per item collection (see docs/single-table.md). Without
 * {@code @SingleTable}, a sealed {@code @Table} root uses the defaults written here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SingleTable {
  /** {@return the name of the table's partition key attribute (a string, S)} */
  String partitionKey() default "PK";

  /** {@return the name of the table's sort key attribute (a string, S)} */
  String sortKey() default "SK";

  /**
   * {@return the name of the attribute that stores each item's entity type name, with {@link
   * Discriminator#TYPE_ATTRIBUTE}; not written with {@link Discriminator#KEY_PREFIX}}
   */
  String typeAttribute() default "type";

  /** {@return how a read tells the entity types apart: by the stored type attribute unless said} */
  Discriminator discriminator() default Discriminator.TYPE_ATTRIBUTE;
}
