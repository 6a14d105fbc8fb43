package io.dynagen.annotations;

/**
 * Which attributes a secondary index copies from the table, given where the index is declared:
 * {@code @IndexPartitionKey(value = "by-email", projection = Projection.KEYS_ONLY)}. An index
 * answers queries from what it copies; what it copies costs storage and write capacity.
 */
public enum Projection {
  /** Every attribute (the default): queries of the index give whole items. */
  ALL,
  /** Only the table's and the index's keys. */
  KEYS_ONLY,
  /** The keys and the attributes named in {@code include}. */
  INCLUDE
}
