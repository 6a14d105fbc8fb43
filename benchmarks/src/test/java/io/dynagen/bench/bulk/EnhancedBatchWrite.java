package io.dynagen.bench.bulk;

import io.dynagen.bench.model.User;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

/**
 * {@code batchWriteItem} through the Enhanced Client, 25 items per request (the service's
 * maximum), one request at a time, resending what the service leaves unprocessed: what a user of
 * the Enhanced Client writes, since it has no batch writer of its own.
 */
final class EnhancedBatchWrite implements BulkLoader {
  static final int BATCH_SIZE = 25;

  private final DynamoDbEnhancedClient enhanced;
  private final TableSchema<User> schema;

  EnhancedBatchWrite(DynamoDbEnhancedClient enhanced, TableSchema<User> schema) {
    this.enhanced = enhanced;
    this.schema = schema;
  }

  @Override
  public String label() {
    return "Enhanced Client, batchWriteItem by 25, sequential";
  }

  @Override
  public void load(List<User> users, String tableName) {
    DynamoDbTable<User> table = enhanced.table(tableName, schema);
    for (int start = 0; start < users.size(); start += BATCH_SIZE) {
      List<User> pending = users.subList(start, Math.min(start + BATCH_SIZE, users.size()));
      while (!pending.isEmpty()) {
        WriteBatch.Builder<User> batch = WriteBatch.builder(User.class).mappedTableResource(table);
        for (User user : pending) {
          batch.addPutItem(user);
        }
        BatchWriteResult result = enhanced.batchWriteItem(
            BatchWriteItemEnhancedRequest.builder().addWriteBatch(batch.build()).build());
        pending = result.unprocessedPutItemsForTable(table);
      }
    }
  }
}
