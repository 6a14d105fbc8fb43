package io.dynagen.runtime.table.admin;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * What DescribeTable says of one secondary index.
 *
 * @param name the index name
 * @param local true for a local secondary index
 * @param partitionKey the index's partition key attribute
 * @param sortKey the index's sort key attribute, or {@code null} if it has none
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
 * @param included the non-key attributes an {@code INCLUDE} index copies; empty otherwise
 * @param status CREATING, ACTIVE, …; a local index is as its table (it is built with it)
 */
public record IndexInfo(
    String name, boolean local, String partitionKey, String sortKey, String projection, List<String> included,
    String status) {

  /**
   * Copies the list of included attributes.
   *
   * @param name the index name
   * @param local true for a local secondary index
   * @param partitionKey the index's partition key attribute
   * @param sortKey the index's sort key attribute, or {@code null} if it has none
   * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
   * @param included the non-key attributes an {@code INCLUDE} index copies; empty otherwise
   * @param status CREATING, ACTIVE, …
   */
  public IndexInfo {
    included = List.copyOf(included);
  }

  static IndexInfo of(String name, boolean local, List<KeySchemaElement> keys, Projection projection, String status) {
    String partition = null;
    String sort = null;
    for (KeySchemaElement key : keys) {
      if (key.keyType() == KeyType.HASH) {
        partition = key.attributeName();
      } else {
        sort = key.attributeName();
      }
    }
    return new IndexInfo(name, local, partition, sort, projection.projectionTypeAsString(),
        projection.hasNonKeyAttributes() ? projection.nonKeyAttributes() : List.of(), status);
  }

  /** {@code by-email (GSI email, ALL) ACTIVE}: for logs and the example app. */
  @Override
  public String toString() {
    return name + " (" + (local ? "LSI " : "GSI ") + partitionKey + (sortKey == null ? "" : ", " + sortKey) + "; "
        + projection + (included.isEmpty() ? "" : " " + included) + ") " + status;
  }
}
