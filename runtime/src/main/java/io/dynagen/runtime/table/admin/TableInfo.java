package io.dynagen.runtime.table.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * What DescribeTable says of a table. DynamoDB updates the item count and size about every six
 * hours, so they lag recent writes (DynamoDB Local reports them at once).
 *
 * @param name the table name
 * @param status ACTIVE, CREATING, UPDATING, DELETING, …
 * @param itemCount the approximate number of items
 * @param sizeBytes the approximate size of the items, in bytes
 * @param creationTime when the table was created
 * @param indexes the secondary indexes, global ones first, with their keys, projection and status
 */
public record TableInfo(
    String name, String status, long itemCount, long sizeBytes, Instant creationTime, List<IndexInfo> indexes) {

  /**
   * Copies the list of indexes.
   *
   * @param name the table name
   * @param status ACTIVE, CREATING, UPDATING, DELETING, …
   * @param itemCount the approximate number of items
   * @param sizeBytes the approximate size of the items, in bytes
   * @param creationTime when the table was created
   * @param indexes the secondary indexes, global ones first
   */
  public TableInfo {
    indexes = List.copyOf(indexes);
  }

  /**
   * {@return what {@code table} says, indexes included}
   *
   * @param table DescribeTable's or CreateTable's description
   */
  public static TableInfo of(TableDescription table) {
    List<IndexInfo> indexes = new ArrayList<>();
    for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
      indexes.add(IndexInfo.of(index.indexName(), false, index.keySchema(), index.projection(),
          index.indexStatusAsString()));
    }
    for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
      indexes.add(IndexInfo.of(index.indexName(), true, index.keySchema(), index.projection(),
          table.tableStatusAsString()));
    }
    return new TableInfo(
        table.tableName(),
        table.tableStatusAsString(),
        table.itemCount() == null ? 0 : table.itemCount(),
        table.tableSizeBytes() == null ? 0 : table.tableSizeBytes(),
        table.creationDateTime(),
        indexes);
  }
}
