package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.PreparedPut;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One put or delete a batch writer holds until it lands or is given up: checked when it was
 * made, so every request the writer sends is one DynamoDB accepts.
 *
 * <p>Its attempt count is only touched by the one batch that holds it at a time (the engine's
 * lock hands it over between threads).
 */
final class PendingWrite {
  private final ItemKey identity;
  private final Map<String, AttributeValue> key;
  private final List<String> keyNames;
  private final WriteRequest request;
  private final Object item;
  private final long size;
  private int attempts;
  private Throwable lastFailure;
  private boolean mayHaveLanded;

  private PendingWrite(
      ItemKey identity, Map<String, AttributeValue> key, List<String> keyNames, WriteRequest request, Object item, long size) {
    this.identity = identity;
    this.key = key;
    this.keyNames = keyNames;
    this.request = request;
    this.item = item;
    this.size = size;
  }

  /**
   * A put of {@code item} into {@code table}, with the values Dynagen generates (timestamps,
   * UUIDs, counters' starts) filled in as a single put fills them.
   *
   * @throws IllegalArgumentException if the item is null, a key attribute is missing, null,
   *     empty or of the wrong type, the item is over 400 KB, or its class has a {@code @Version}
   */
  static <T> PendingWrite put(ItemOperations<T> table, T item, boolean versionsUnchecked) {
    if (item == null) {
      throw new IllegalArgumentException(
          "The item to put into table '" + table.tableName() + "' is null: pass an item");
    }
    if (!versionsUnchecked) {
      refuseVersioned(table, "put");
    }
    PreparedPut<T> prepared = table.preparePut(item);
    List<String> keyNames = table.decoder().keyNames();
    Map<String, AttributeValue> key = Keys.extract(prepared.attributes(), keyNames);
    WriteRequest request =
        WriteRequest.builder().putRequest(PutRequest.builder().item(prepared.attributes()).build()).build();
    return new PendingWrite(ItemKey.ofRequest(table, key), key, keyNames, request, item, prepared.size());
  }

  /**
   * A delete of the item with {@code key} from {@code table}, whatever it holds (its
   * {@code @Version} included).
   *
   * @throws IllegalArgumentException if the key is null, lacks a key attribute, has others, or
   *     a value is null, empty or of the wrong type
   */
  static PendingWrite delete(ItemOperations<?> table, Map<String, AttributeValue> key) {
    return delete(table, key, null);
  }

  private static PendingWrite delete(ItemOperations<?> table, Map<String, AttributeValue> key, Object item) {
    ItemKey identity = ItemKey.ofRequest(table, key);
    Map<String, AttributeValue> copy = Keys.extract(key, table.decoder().keyNames());
    WriteRequest request = WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(copy).build()).build();
    return new PendingWrite(identity, copy, table.decoder().keyNames(), request, item, ItemSize.of(copy));
  }

  /**
   * A delete of the item {@code item} of {@code table}, by its key.
   *
   * @throws IllegalArgumentException if the item or a key value is null or empty, or its class
   *     has a {@code @Version}
   */
  static <T> PendingWrite delete(ItemOperations<T> table, T item, boolean versionsUnchecked) {
    if (item == null) {
      throw new IllegalArgumentException(
          "The item to delete from table '" + table.tableName() + "' is null: pass an item");
    }
    if (!versionsUnchecked) {
      refuseVersioned(table, "delete of an object");
    }
    return delete(table, table.schema().keyOf(item), item);
  }

  /**
   * Refuses a write that a single put or delete would make optimistic: BatchWriteItem takes no
   * conditions, so it cannot check a {@code @Version}, and writing anyway would silently undo
   * the optimistic locking the class asks for (the Enhanced Client refuses it too).
   */
  private static void refuseVersioned(ItemOperations<?> table, String write) {
    String version = table.schema().generatedAttributes().version();
    if (version != null) {
      throw new IllegalArgumentException(
          "Table '" + table.tableName() + "' has a @Version ('" + version + "'): a batch " + write
              + " cannot check it, as BatchWriteItem takes no conditions; use the table's own put"
              + " or delete, or a TransactWrite" + (write.equals("put") ? "" : ", or delete by key"
              + " to delete the item whatever its version") + "; to load a table nothing else writes,"
              + " BatchWriteOptions.unsafelyWriteVersionsUnchecked() writes versions without checking them");
    }
  }

  ItemKey identity() {
    return identity;
  }

  String tableName() {
    return identity.tableName();
  }

  /** The key, in key order. */
  Map<String, AttributeValue> key() {
    return key;
  }

  /** The table's key attribute names, to find the key of this write in a response. */
  List<String> keyNames() {
    return keyNames;
  }

  WriteRequest request() {
    return request;
  }

  boolean isPut() {
    return request.putRequest() != null;
  }

  /** The object put or deleted, or {@code null} for a delete by key. */
  Object item() {
    return item;
  }

  /** The bytes this write adds to a request, by DynamoDB's item size rules. */
  long size() {
    return size;
  }

  /** The attempts made so far. */
  int attempts() {
    return attempts;
  }

  /**
   * Counts one more attempt and what ended it: {@code null} if it landed or the service left it
   * unprocessed, else the exception that failed the whole request.
   */
  void attempted(Throwable failure) {
    attempts++;
    lastFailure = failure;
  }

  /**
   * Records that an attempt may have been applied (an earlier try of a request the SDK retried
   * timed out or lost its answer), even if the request ended in an error that applies nothing.
   */
  void mayHaveLanded() {
    mayHaveLanded = true;
  }

  /** True if some attempt may have been applied: the write can no longer be "not applied". */
  boolean mayHaveLandedBefore() {
    return mayHaveLanded;
  }

  /** What ended the last attempt, or {@code null} if the service left the write unprocessed. */
  Throwable lastFailure() {
    return lastFailure;
  }

  @Override
  public String toString() {
    return (isPut() ? "put " : "delete ") + Keys.describe(key) + " in table '" + tableName() + "'";
  }
}
