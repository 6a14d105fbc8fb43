package io.dynagen.bench.bulk;

import io.dynagen.bench.model.User;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** One {@code putItem} per item through the Enhanced Client: the baseline of the bulk-load target. */
final class EnhancedPutItemLoop implements BulkLoader {
  private final DynamoDbEnhancedClient enhanced;
  private final TableSchema<User> schema;

  EnhancedPutItemLoop(DynamoDbEnhancedClient enhanced, TableSchema<User> schema) {
    this.enhanced = enhanced;
    this.schema = schema;
  }

  @Override
  public String label() {
    return "Enhanced Client, putItem loop";
  }

  @Override
  public void load(List<User> users, String tableName) {
    DynamoDbTable<User> table = enhanced.table(tableName, schema);
    for (User user : users) {
      table.putItem(user);
    }
  }
}
