package io.dynagen.runtime.table;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates, deletes and describes a table from its schema, waiting with the SDK's waiters. */
final class TableAdmin {
  private static final Projection ALL = Projection.builder().projectionType(ProjectionType.ALL).build();

  private final DynamoDbClient client;
  private final ItemSchema<?> schema;
  private final String tableName;

  TableAdmin(DynamoDbClient client, ItemSchema<?> schema, String tableName) {
    this.client = client;
    this.schema = schema;
    this.tableName = tableName;
  }

  /** Creates the table, its indexes projecting all attributes, and waits until it is active. */
  TableInfo create(Capacity capacity) {
    client.createTable(createRequest(capacity));
    DescribeTableRequest describe = DescribeTableRequest.builder().tableName(tableName).build();
    TableInfo created;
    try (DynamoDbWaiter waiter = client.waiter()) {
      WaiterResponse<DescribeTableResponse> done = waiter.waitUntilTableExists(describe);
      DescribeTableResponse response = done.matched().response().orElse(null);
      created = response != null ? TableInfo.of(response.table()) : describe();
    }
    enableTimeToLive();
    return created;
  }

  /**
   * Turns on expiry by the {@code @Ttl} attribute, if the class has one: CreateTable cannot, and
   * UpdateTimeToLive needs an active table.
   */
  private void enableTimeToLive() {
    String attribute = schema.generatedAttributes().timeToLive();
    if (attribute != null) {
      client.updateTimeToLive(
          UpdateTimeToLiveRequest.builder()
              .tableName(tableName)
              .timeToLiveSpecification(
                  TimeToLiveSpecification.builder().attributeName(attribute).enabled(true).build())
              .build());
    }
  }

  /** The attribute DynamoDB expires items by, or empty if expiry is off. */
  Optional<String> timeToLiveAttribute() {
    try {
      TimeToLiveDescription description =
          client.describeTimeToLive(DescribeTimeToLiveRequest.builder().tableName(tableName).build())
              .timeToLiveDescription();
      boolean on = description.timeToLiveStatus() == TimeToLiveStatus.ENABLED
          || description.timeToLiveStatus() == TimeToLiveStatus.ENABLING;
      return on ? Optional.ofNullable(description.attributeName()) : Optional.empty();
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, e);
    }
  }

  CreateTableRequest createRequest(Capacity capacity) {
    ProvisionedThroughput throughput =
        capacity == null
            ? null
            : ProvisionedThroughput.builder()
                .readCapacityUnits(capacity.readUnits())
                .writeCapacityUnits(capacity.writeUnits())
                .build();
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    for (SecondaryIndex index : schema.indexes()) {
      if (index.local()) {
        locals.add(
            LocalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(ItemSchema.keySchema(schema.partitionKey(), index.sortKey()))
                .projection(ALL)
                .build());
      } else {
        globals.add(
            GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(ItemSchema.keySchema(index.partitionKey(), index.sortKey()))
                .projection(ALL)
                .provisionedThroughput(throughput)
                .build());
      }
    }
    return CreateTableRequest.builder()
        .tableName(tableName)
        .keySchema(schema.keySchema())
        .attributeDefinitions(schema.attributeDefinitions())
        .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
        .localSecondaryIndexes(locals.isEmpty() ? null : locals)
        .billingMode(capacity == null ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED)
        .provisionedThroughput(throughput)
        .build();
  }

  /** Deletes the table and waits until it is gone. */
  void delete() {
    try {
      client.deleteTable(DeleteTableRequest.builder().tableName(tableName).build());
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, e);
    }
    try (DynamoDbWaiter waiter = client.waiter()) {
      waiter.waitUntilTableNotExists(DescribeTableRequest.builder().tableName(tableName).build());
    }
  }

  TableInfo describe() {
    try {
      return TableInfo.of(
          client.describeTable(DescribeTableRequest.builder().tableName(tableName).build()).table());
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, e);
    }
  }

  boolean exists() {
    try {
      client.describeTable(DescribeTableRequest.builder().tableName(tableName).build());
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }
}
