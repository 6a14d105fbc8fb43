package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
import java.util.Optional;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates, deletes and describes a table from its schema through the sync client, waiting with
 * the SDK's waiters; the requests are {@link TableRequests}'.
 */
public final class TableAdmin {
  private final DynamoDbClient client;
  private final TableRequests requests;

  public TableAdmin(DynamoDbClient client, ItemSchema<?> schema, String tableName) {
    this.client = client;
    this.requests = new TableRequests(schema, tableName);
  }

  /** Creates the table and its indexes as the schema and {@code options} say; waits until it is active. */
  public TableInfo create(TableOptions options) {
    client.createTable(createRequest(options));
    TableInfo created;
    try (DynamoDbWaiter waiter = client.waiter()) {
      WaiterResponse<DescribeTableResponse> done = waiter.waitUntilTableExists(requests.describe());
      DescribeTableResponse response = done.matched().response().orElse(null);
      created = response != null ? TableInfo.of(response.table()) : describe();
    }
    requests.enableTimeToLive().ifPresent(client::updateTimeToLive);
    return created;
  }

  /** Creates the table unless it exists; true if this call created it. */
  public boolean createIfMissing(TableOptions options) {
    if (exists()) {
      waitUntilExists();
      return false;
    }
    try {
      create(options);
      return true;
    } catch (ResourceInUseException e) {
      // Created by someone else between the check and the request: theirs is the table.
      waitUntilExists();
      return false;
    }
  }

  private void waitUntilExists() {
    try (DynamoDbWaiter waiter = client.waiter()) {
      waiter.waitUntilTableExists(requests.describe());
    }
  }

  /** The attribute DynamoDB expires items by, or empty if expiry is off. */
  public Optional<String> timeToLiveAttribute() {
    try {
      return TableRequests.timeToLiveAttribute(
          client.describeTimeToLive(requests.describeTimeToLive()).timeToLiveDescription());
    } catch (ResourceNotFoundException e) {
      throw (RuntimeException) requests.failed(e);
    }
  }

  public CreateTableRequest createRequest(TableOptions options) {
    return requests.create(options);
  }

  /** Deletes the table and waits until it is gone. */
  public void delete() {
    try {
      client.deleteTable(requests.delete());
    } catch (ResourceNotFoundException e) {
      throw (RuntimeException) requests.failed(e);
    }
    try (DynamoDbWaiter waiter = client.waiter()) {
      waiter.waitUntilTableNotExists(requests.describe());
    }
  }

  public TableInfo describe() {
    try {
      return TableInfo.of(client.describeTable(requests.describe()).table());
    } catch (ResourceNotFoundException e) {
      throw (RuntimeException) requests.failed(e);
    }
  }

  public boolean exists() {
    try {
      client.describeTable(requests.describe());
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }
}
