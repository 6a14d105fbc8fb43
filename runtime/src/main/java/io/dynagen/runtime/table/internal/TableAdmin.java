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
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
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
    TableDescription made = client.createTable(createRequest(options)).tableDescription();
    // DynamoDB Local answers with an ACTIVE table: then there is nothing to wait for (the waiter
    // would only describe it once more, after loading its own classes).
    TableInfo created = isActive(made) ? TableInfo.of(made) : waitUntilActive();
    requests.enableTimeToLive().ifPresent(client::updateTimeToLive);
    return created;
  }

  /** Creates the table unless it exists; true if this call created it. */
  public boolean createIfMissing(TableOptions options) {
    TableDescription existing = describeOrNull();
    if (existing != null) {
      if (!isActive(existing)) {
        waitUntilActive();
      }
      return false;
    }
    try {
      create(options);
      return true;
    } catch (ResourceInUseException e) {
      // Created by someone else between the check and the request: theirs is the table.
      waitUntilActive();
      return false;
    }
  }

  /** Waits with the SDK's waiter (which describes the table until it is ACTIVE); its last description. */
  private TableInfo waitUntilActive() {
    try (DynamoDbWaiter waiter = client.waiter()) {
      WaiterResponse<DescribeTableResponse> done = waiter.waitUntilTableExists(requests.describe());
      DescribeTableResponse response = done.matched().response().orElse(null);
      return response != null ? TableInfo.of(response.table()) : describe();
    }
  }

  /** True if DynamoDB describes the table as ACTIVE: the SDK's "table exists" waiter would stop at once. */
  static boolean isActive(TableDescription table) {
    return table != null && table.tableStatus() == TableStatus.ACTIVE;
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
    return describeOrNull() != null;
  }

  /** The table's description, or {@code null} if there is no such table. */
  private TableDescription describeOrNull() {
    try {
      return client.describeTable(requests.describe()).table();
    } catch (ResourceNotFoundException e) {
      return null;
    }
  }
}
