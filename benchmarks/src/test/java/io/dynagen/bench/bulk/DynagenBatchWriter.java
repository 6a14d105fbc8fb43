package io.dynagen.bench.bulk;

import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserTable;
import io.dynagen.runtime.table.batch.BatchWriter;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Dynagen's batch writer through the generated {@code UserTable}, with its default options
 * (several 25-item requests in flight, unprocessed items resent): the variant of the bulk-load
 * target.
 */
final class DynagenBatchWriter implements BulkLoader {
  private final DynamoDbClient client;

  DynagenBatchWriter(DynamoDbClient client) {
    this.client = client;
  }

  @Override
  public String label() {
    return BulkLoadRun.DYNAGEN_BATCH_WRITER;
  }

  @Override
  public void load(List<User> users, String tableName) {
    try (BatchWriter<User> writer = UserTable.create(client, tableName).batchWriter()) {
      for (User user : users) {
        writer.put(user);
      }
    }
  }
}
