package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableInfo;
import io.dynagen.runtime.table.admin.TableOptions;
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
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates, deletes and describes a table from its schema, waiting with the SDK's waiters. */
public final class TableAdmin {
  private static final Projection ALL = Projection.builder().projectionType(ProjectionType.ALL).build();
  private static final Projection KEYS_ONLY = Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build();

  private final DynamoDbClient client;
  private final ItemSchema<?> schema;
  private final String tableName;

  public TableAdmin(DynamoDbClient client, ItemSchema<?> schema, String tableName) {
    this.client = client;
    this.schema = schema;
    this.tableName = tableName;
  }

  /** Creates the table and its indexes as the schema and {@code options} say; waits until it is active. */
  public TableInfo create(TableOptions options) {
    client.createTable(createRequest(options));
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
      waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(tableName).build());
    }
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
  public Optional<String> timeToLiveAttribute() {
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

  public CreateTableRequest createRequest(TableOptions options) {
    checkIndexNames(options);
    ProvisionedThroughput throughput = throughput(options.capacity());
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    for (SecondaryIndex index : schema.indexes()) {
      if (index.local()) {
        locals.add(
            LocalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(ItemSchema.keySchema(schema.partitionKey(), index.sortKey()))
                .projection(projection(index))
                .build());
      } else {
        Capacity own = options.indexCapacity().get(index.name());
        globals.add(
            GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(ItemSchema.keySchema(index.partitionKey(), index.sortKey()))
                .projection(projection(index))
                .provisionedThroughput(own == null ? throughput : throughput(own))
                .build());
      }
    }
    List<Tag> tags = new ArrayList<>();
    options.tags().forEach((key, value) -> tags.add(Tag.builder().key(key).value(value).build()));
    TableOptions.Encryption encryption = options.encryption();
    return CreateTableRequest.builder()
        .tableName(tableName)
        .keySchema(schema.keySchema())
        .attributeDefinitions(schema.attributeDefinitions())
        .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
        .localSecondaryIndexes(locals.isEmpty() ? null : locals)
        .billingMode(throughput == null ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED)
        .provisionedThroughput(throughput)
        .streamSpecification(options.stream() == null ? null
            : StreamSpecification.builder().streamEnabled(true).streamViewType(options.stream()).build())
        .sseSpecification(encryption == null ? null
            : SSESpecification.builder().enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(encryption.kmsKeyId()).build())
        .deletionProtectionEnabled(options.deletionProtection() ? Boolean.TRUE : null)
        .tags(tags.isEmpty() ? null : tags)
        .build();
  }

  /** Capacity for an index the schema does not have is a typo: say which indexes there are. */
  private void checkIndexNames(TableOptions options) {
    for (String name : options.indexCapacity().keySet()) {
      boolean global = schema.indexes().stream().anyMatch(index -> !index.local() && index.name().equals(name));
      if (!global) {
        List<String> globals = schema.indexes().stream().filter(index -> !index.local()).map(SecondaryIndex::name).toList();
        throw new IllegalArgumentException(
            "Capacity for index '" + name + "' of table '" + tableName + "', which has no global index of"
                + " that name: its global indexes are " + globals + " (local indexes share the table's capacity)");
      }
    }
  }

  private static ProvisionedThroughput throughput(Capacity capacity) {
    return capacity == null
        ? null
        : ProvisionedThroughput.builder()
            .readCapacityUnits(capacity.readUnits())
            .writeCapacityUnits(capacity.writeUnits())
            .build();
  }

  private static Projection projection(SecondaryIndex index) {
    return switch (index.projection()) {
      case ALL -> ALL;
      case KEYS_ONLY -> KEYS_ONLY;
      case INCLUDE -> Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes(index.included()).build();
    };
  }

  /** Deletes the table and waits until it is gone. */
  public void delete() {
    try {
      client.deleteTable(DeleteTableRequest.builder().tableName(tableName).build());
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, e);
    }
    try (DynamoDbWaiter waiter = client.waiter()) {
      waiter.waitUntilTableNotExists(DescribeTableRequest.builder().tableName(tableName).build());
    }
  }

  public TableInfo describe() {
    try {
      return TableInfo.of(
          client.describeTable(DescribeTableRequest.builder().tableName(tableName).build()).table());
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, e);
    }
  }

  public boolean exists() {
    try {
      client.describeTable(DescribeTableRequest.builder().tableName(tableName).build());
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }
}
