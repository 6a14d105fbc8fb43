package io.dynagen.runtime.streams;

import software.amazon.awssdk.services.dynamodb.model.OperationType;

/** What happened to the item: a stream record's event name. */
public enum ChangeType {
  /** A new item was written. */
  INSERT,
  /** An existing item was changed. */
  MODIFY,
  /** An item was deleted (or expired by its time to live). */
  REMOVE;

  /**
   * The change of a record's event name.
   *
   * @param eventName the record's {@code eventName}
   * @return its change
   *
   * @throws IllegalArgumentException for a name that is none of INSERT, MODIFY and REMOVE
   */
  public static ChangeType of(String eventName) {
    if (eventName != null) {
      switch (eventName) {
        case "INSERT":
          return INSERT;
        case "MODIFY":
          return MODIFY;
        case "REMOVE":
          return REMOVE;
        default:
          break;
      }
    }
    throw new IllegalArgumentException("Stream record event name is " + (eventName == null ? "missing" : "'"
        + eventName + "'") + "; DynamoDB Streams names INSERT, MODIFY or REMOVE: is this a DynamoDB stream record?");
  }

  /**
   * The change of the SDK's operation type.
   *
   * @param operation the record's {@code eventName} as the SDK types it
   * @return its change
   * @throws IllegalArgumentException for an unknown operation
   */
  public static ChangeType of(OperationType operation) {
    return of(operation == null ? null : operation.toString());
  }
}
