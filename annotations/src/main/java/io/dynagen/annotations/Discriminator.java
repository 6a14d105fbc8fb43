package io.dynagen.annotations;

/**
 * How a read of a {@link SingleTable single table} tells which entity type an item is.
 */
public enum Discriminator {
  /**
   * Each item stores its entity type name in the {@link SingleTable#typeAttribute()} attribute
   * (the default); reads dispatch on it.
   */
  TYPE_ATTRIBUTE,
  /**
   * No type attribute is stored; reads dispatch on the literal prefixes of the key templates
   * (the text before the first placeholder of the partition and sort key templates). The
   * processor refuses entity types whose prefixes could match the same item.
   */
  KEY_PREFIX
}
