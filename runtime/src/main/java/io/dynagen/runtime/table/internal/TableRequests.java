package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.admin.Capacity;
import io.dynagen.runtime.table.admin.TableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * The requests of a table's administration (create with its indexes and options, describe,
 * delete, time to live) and what their responses and failures become, without the sending: the
 * sync {@link TableAdmin} and the {@link AsyncTableAdmin} send these same requests.
 */
public final class TableRequests {
  private static final Projection ALL = Projection.builder().projectionType(ProjectionType.ALL).build();
  private static final Projection KEYS_ONLY = Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build();

  private final ItemSchema<?> schema;
  private final String tableName;

  public TableRequests(ItemSchema<?> schema, String tableName) {
    this.schema = schema;
    this.tableName = tableName;
  }

  public DescribeTableRequest describe() {
    return DescribeTableRequest.builder().tableName(tableName).build();
  }

  public DeleteTableRequest delete() {
    return DeleteTableRequest.builder().tableName(tableName).build();
  }

  public DescribeTimeToLiveRequest describeTimeToLive() {
    return DescribeTimeToLiveRequest.builder().tableName(tableName).build();
  }

  /**
   * The request turning on expiry by the {@code @Ttl} attribute, or empty if the class has none:
   * CreateTable cannot, and UpdateTimeToLive needs an active table.
   */
  public Optional<UpdateTimeToLiveRequest> enableTimeToLive() {
    String attribute = schema.generatedAttributes().timeToLive();
    if (attribute == null) {
      return Optional.empty();
    }
    return Optional.of(UpdateTimeToLiveRequest.builder()
        .tableName(tableName)
        .timeToLiveSpecification(TimeToLiveSpecification.builder().attributeName(attribute).enabled(true).build())
        .build());
  }

  /** The attribute DynamoDB expires items by, from a DescribeTimeToLive response, or empty if expiry is off. */
  public static Optional<String> timeToLiveAttribute(TimeToLiveDescription description) {
    boolean on = description.timeToLiveStatus() == TimeToLiveStatus.ENABLED
        || description.timeToLiveStatus() == TimeToLiveStatus.ENABLING;
    return on ? Optional.ofNullable(description.attributeName()) : Optional.empty();
  }

  /** A failure of a request on the table: a missing table becomes {@link TableNotFoundException}. */
  public Throwable failed(Throwable failure) {
    return failure instanceof ResourceNotFoundException missing ? new TableNotFoundException(tableName, missing) : failure;
  }

  public CreateTableRequest create(TableOptions options) {
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
}
