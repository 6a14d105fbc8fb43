package io.dynagen.runtime.table;

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
   * A put of {@code item} into {@code table}.
   *
   * @throws IllegalArgumentException if the item is null, a key attribute is missing, null,
   *     empty or of the wrong type, or the item is over 400 KB
   */
  static <T> PendingWrite put(TypedTable<T> table, T item) {
    if (item == null) {
      throw new IllegalArgumentException(
          "The item to put into table '" + table.tableName() + "' is null: pass an item");
    }
    Map<String, AttributeValue> attributes = table.schema().toItem(item);
    List<String> keyNames = table.decoder().keyNames();
    Keys.checkItemKey(attributes, keyNames, table.tableName());
    ItemSize.check(attributes, table.tableName(), keyNames);
    Map<String, AttributeValue> key = Keys.extract(attributes, keyNames);
    WriteRequest request = WriteRequest.builder().putRequest(PutRequest.builder().item(attributes).build()).build();
    return new PendingWrite(
        ItemKey.ofRequest(table, key), key, keyNames, request, item, ItemSize.of(attributes));
  }

  /**
   * A delete of the item with {@code key} from {@code table}.
   *
   * @throws IllegalArgumentException if the key is null, lacks a key attribute, has others, or
   *     a value is null, empty or of the wrong type
   */
  static PendingWrite delete(TypedTable<?> table, Map<String, AttributeValue> key) {
    ItemKey identity = ItemKey.ofRequest(table, key);
    Map<String, AttributeValue> copy = Keys.extract(key, table.decoder().keyNames());
    WriteRequest request = WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(copy).build()).build();
    return new PendingWrite(identity, copy, table.decoder().keyNames(), request, null, ItemSize.of(copy));
  }

  /** A delete of the item {@code item} of {@code table}, by its key. */
  static <T> PendingWrite delete(TypedTable<T> table, T item) {
    if (item == null) {
      throw new IllegalArgumentException(
          "The item to delete from table '" + table.tableName() + "' is null: pass an item");
    }
    return delete(table, table.schema().keyOf(item));
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

  /** The object put, or {@code null} for a delete. */
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

  /** What ended the last attempt, or {@code null} if the service left the write unprocessed. */
  Throwable lastFailure() {
    return lastFailure;
  }

  @Override
  public String toString() {
    return (isPut() ? "put " : "delete ") + Keys.describe(key) + " in table '" + tableName() + "'";
  }
}
