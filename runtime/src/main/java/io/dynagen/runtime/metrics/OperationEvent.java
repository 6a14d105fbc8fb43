package io.dynagen.runtime.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One DynamoDB operation as it ended.
 *
 * @param operation the DynamoDB operation: {@code GetItem}, {@code PutItem}, {@code UpdateItem},
 *     {@code DeleteItem}, {@code Query}, {@code Scan}, {@code BatchGetItem}, {@code
 *     BatchWriteItem}, {@code TransactGetItems}, {@code TransactWriteItems}, or an admin operation
 *     such as {@code CreateTable}
 * @param tables the tables it touched, in request order (several for batches and transactions,
 *     none for {@code ListTables})
 * @param index the index a query or scan read, or {@code null}
 * @param latency from the first attempt's start to the end of the last, back-off included
 * @param attempts HTTP attempts the SDK made (1 without retries; 0 if it failed before sending)
 * @param capacity the capacity units it consumed, as DynamoDB reported them ({@link
 *     CapacityUsage#NONE} if it failed or reported none)
 * @param items items read, counted or written: 1 for a put, update or delete; 0 or 1 for a get;
 *     the matched count of a query or scan page; the items a batch wrote or read (unprocessed
 *     ones not counted); the actions of a transaction
 * @param failure the exception the SDK raised (Dynagen may wrap it, say a condition failure in a
 *     {@code ConditionFailedException}), or {@code null} if the operation succeeded
 */
public record OperationEvent(
    String operation,
    List<String> tables,
    String index,
    Duration latency,
    int attempts,
    CapacityUsage capacity,
    int items,
    Throwable failure) {
  /**
   * Copies the table list.
   *
   * @param operation the DynamoDB operation: {@code GetItem}, {@code PutItem}, {@code UpdateItem},
   *     {@code DeleteItem}, {@code Query}, {@code Scan}, {@code BatchGetItem}, {@code
   *     BatchWriteItem}, {@code TransactGetItems}, {@code TransactWriteItems}, or an admin
   *     operation such as {@code CreateTable}
   * @param tables the tables it touched, in request order (several for batches and transactions,
   *     none for {@code ListTables})
   * @param index the index a query or scan read, or {@code null}
   * @param latency from the first attempt's start to the end of the last, back-off included
   * @param attempts HTTP attempts the SDK made (1 without retries; 0 if it failed before sending)
   * @param capacity the capacity units it consumed, as DynamoDB reported them ({@link
   *     CapacityUsage#NONE} if it failed or reported none)
   * @param items items read, counted or written: 1 for a put, update or delete; 0 or 1 for a get;
   *     the matched count of a query or scan page; the items a batch wrote or read (unprocessed
   *     ones not counted); the actions of a transaction
   * @param failure the exception the SDK raised (Dynagen may wrap it, say a condition failure in a
   *     {@code ConditionFailedException}), or {@code null} if the operation succeeded
   */
  public OperationEvent {
    tables = List.copyOf(tables);
  }

  /** {@return true if the operation succeeded} */
  public boolean succeeded() {
    return failure == null;
  }

  /**
   * {@return the first table, or empty for an operation naming none: what most metrics tag with}
   */
  public Optional<String> table() {
    return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0));
  }

  /**
   * {@return the simple name of the failure's class ({@code ConditionalCheckFailedException}), or
   * {@code "none"}}
   */
  public String outcome() {
    return failure == null ? "none" : failure.getClass().getSimpleName();
  }
}
