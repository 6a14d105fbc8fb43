package io.dynagen.runtime.table;

import java.time.Instant;
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
 */
public record TableInfo(String name, String status, long itemCount, long sizeBytes, Instant creationTime) {

  static TableInfo of(TableDescription table) {
    return new TableInfo(
        table.tableName(),
        table.tableStatusAsString(),
        table.itemCount() == null ? 0 : table.itemCount(),
        table.tableSizeBytes() == null ? 0 : table.tableSizeBytes(),
        table.creationDateTime());
  }
}
