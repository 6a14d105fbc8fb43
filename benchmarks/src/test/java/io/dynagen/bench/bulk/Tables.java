package io.dynagen.bench.bulk;

import io.dynagen.bench.model.UserSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Creates, counts and deletes the users tables the bulk loads write to, through the low-level
 * client, so that every variant gets an identical empty table.
 */
final class Tables {
  private final DynamoDbClient client;

  Tables(DynamoDbClient client) {
    this.client = client;
  }

  void create(String tableName) {
    client.createTable(request -> request
        .tableName(tableName)
        .keySchema(UserSchema.INSTANCE.keySchema())
        .attributeDefinitions(UserSchema.INSTANCE.attributeDefinitions())
        .billingMode(BillingMode.PAY_PER_REQUEST));
    client.waiter().waitUntilTableExists(request -> request.tableName(tableName));
  }

  /** The number of items in the table, by a counting scan over all its pages. */
  long count(String tableName) {
    long count = 0;
    ScanRequest request = ScanRequest.builder().tableName(tableName).select(Select.COUNT).build();
    for (ScanResponse page : client.scanPaginator(request)) {
      count += page.count();
    }
    return count;
  }

  void delete(String tableName) {
    client.deleteTable(request -> request.tableName(tableName));
  }
}
