package io.dynagen.runtime.table.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * How {@code createTable} creates a table, beyond its keys and indexes (which come from the
 * annotations): capacity of the table and of each global index, a stream, server-side encryption
 * with a KMS key, deletion protection and tags. Immutable; each {@code with} method gives a new
 * one.
 *
 * <pre>{@code
 * users.createTable(TableOptions.provisioned(new Capacity(10, 5))
 *     .withIndexCapacity("by-email", new Capacity(5, 1))
 *     .withStream(StreamViewType.NEW_AND_OLD_IMAGES)
 *     .withDeletionProtection()
 *     .withTag("team", "accounts"));
 * }</pre>
 */
public final class TableOptions {
  private final Capacity capacity;
  private final Map<String, Capacity> indexCapacity;
  private final StreamViewType stream;
  private final Encryption encryption;
  private final boolean deletionProtection;
  private final Map<String, String> tags;

  /** Server-side encryption with a KMS key; {@code kmsKeyId} null means the AWS-managed key. */
  public record Encryption(String kmsKeyId) {}

  private TableOptions(Capacity capacity, Map<String, Capacity> indexCapacity, StreamViewType stream,
      Encryption encryption, boolean deletionProtection, Map<String, String> tags) {
    this.capacity = capacity;
    this.indexCapacity = Map.copyOf(indexCapacity);
    this.stream = stream;
    this.encryption = encryption;
    this.deletionProtection = deletionProtection;
    this.tags = tags;
  }

  /**
   * On demand (pay per request), the table and its indexes; nothing else.
   *
   * @return the options
   */
  public static TableOptions onDemand() {
    return new TableOptions(null, Map.of(), null, null, false, Map.of());
  }

  /**
   * Provisioned {@code capacity} for the table and, unless given otherwise, each global index.
   *
   * @param capacity the read and write capacity
   * @return the options
   */
  public static TableOptions provisioned(Capacity capacity) {
    return new TableOptions(Objects.requireNonNull(capacity, "capacity"), Map.of(), null, null, false, Map.of());
  }

  /**
   * Provisioned {@code capacity} for the global index {@code indexName} (local indexes share the
   * table's).
   *
   * @param indexName the global index's name
   * @param capacity the read and write capacity
   * @return these options
   * @throws IllegalStateException if the table is on demand: its indexes are too
   */
  public TableOptions withIndexCapacity(String indexName, Capacity capacity) {
    Objects.requireNonNull(indexName, "indexName");
    Objects.requireNonNull(capacity, "capacity");
    if (this.capacity == null) {
      throw new IllegalStateException(
          "Capacity for index '" + indexName + "' of an on-demand table: an on-demand table's indexes"
              + " are on demand too; start from TableOptions.provisioned(capacity)");
    }
    Map<String, Capacity> indexes = new LinkedHashMap<>(indexCapacity);
    indexes.put(indexName, capacity);
    return new TableOptions(this.capacity, indexes, stream, encryption, deletionProtection, tags);
  }

  /**
   * A stream of the table's changes, each record with {@code viewType}'s images.
   *
   * @param viewType what each record holds
   * @return these options
   */
  public TableOptions withStream(StreamViewType viewType) {
    return new TableOptions(capacity, indexCapacity, Objects.requireNonNull(viewType, "viewType"), encryption,
        deletionProtection, tags);
  }

  /**
   * Server-side encryption with the AWS-managed KMS key ({@code aws/dynamodb}).
   *
   * @return these options
   */
  public TableOptions withAwsManagedKeyEncryption() {
    return new TableOptions(capacity, indexCapacity, stream, new Encryption(null), deletionProtection, tags);
  }

  /**
   * Server-side encryption with the customer-managed KMS key {@code kmsKeyId} (id, ARN or alias).
   *
   * @param kmsKeyId the KMS key's id, ARN or alias
   * @return these options
   */
  public TableOptions withKmsKeyEncryption(String kmsKeyId) {
    return new TableOptions(capacity, indexCapacity, stream, new Encryption(Objects.requireNonNull(kmsKeyId, "kmsKeyId")),
        deletionProtection, tags);
  }

  /**
   * Deletion protection: DeleteTable fails until it is turned off.
   *
   * @return these options
   */
  public TableOptions withDeletionProtection() {
    return new TableOptions(capacity, indexCapacity, stream, encryption, true, tags);
  }

  /**
   * A tag on the table, replacing one with the same key.
   *
   * @param key the tag's key
   * @param value the tag's value
   * @return these options
   */
  public TableOptions withTag(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(tags);
    more.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new TableOptions(capacity, indexCapacity, stream, encryption, deletionProtection, more);
  }

  /** {@return the provisioned capacity of the table, or {@code null} for on demand} */
  public Capacity capacity() {
    return capacity;
  }

  /** {@return the provisioned capacity of global indexes, by index name} */
  public Map<String, Capacity> indexCapacity() {
    return indexCapacity;
  }

  /** {@return what the stream's records hold, or {@code null} for no stream} */
  public StreamViewType stream() {
    return stream;
  }

  /** {@return the server-side encryption asked for, or {@code null} for DynamoDB's default} */
  public Encryption encryption() {
    return encryption;
  }

  /** {@return true if DeleteTable is refused until this is turned off} */
  public boolean deletionProtection() {
    return deletionProtection;
  }

  /** {@return the tags, by key} */
  public Map<String, String> tags() {
    return tags;
  }
}
