package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.table.AsyncTableHandle;
import io.dynagen.runtime.table.TableHandle;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * DynamoDB cancelled a transaction, so none of its actions took effect. {@link #failures()} says
 * which actions failed and why (a false condition, a conflict with another request, ...), each
 * with the item as it stood when its condition failed; the message names the first of them. The
 * AWS {@link TransactionCanceledException} is the cause.
 */
public final class TransactionFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<TransactionFailure<?>> failures;

  TransactionFailedException(List<TransactionFailure<?>> failures, TransactionCanceledException cause) {
    super(message(failures, cause), cause);
    this.failures = List.copyOf(failures);
  }

  private static String message(List<TransactionFailure<?>> failures, TransactionCanceledException cause) {
    if (failures.isEmpty()) {
      // DynamoDB always gives reasons; keep its own words if it ever does not.
      return "Transaction cancelled: " + cause.getMessage();
    }
    String more =
        failures.size() == 1 ? "" : " (and " + (failures.size() - 1) + " more: see failures())";
    return "Transaction cancelled: " + failures.get(0) + more;
  }

  /**
   * {@return the actions that failed, in transaction order: those whose cancellation reason is not
   * {@code None}} Usually one; empty only if DynamoDB gave no reasons.
   */
  public List<TransactionFailure<?>> failures() {
    return failures;
  }

  /**
   * {@return the failed actions on {@code table}, typed by its class, in transaction order: {@code
   * e.failuresOn(users).get(0).item()} is an {@code Optional<User>}}
   *
   * @param <T> the mapped class
   * @param table the table, a {@code TypedTable} or a generated table class
   */
  public <T> List<TransactionFailure<T>> failuresOn(TableHandle<T> table) {
    List<TransactionFailure<T>> on = new ArrayList<>();
    for (TransactionFailure<?> failure : failures) {
      if (failure.isOn(table)) {
        on.add(failure.on(table));
      }
    }
    return on;
  }

  /**
   * {@return the failed actions on {@code table}, typed by its class, in transaction order} The
   * same as {@link #failuresOn(TableHandle)}, for an async transaction's tables.
   *
   * @param <T> the mapped class
   * @param table the async table, an {@code AsyncTypedTable} or a generated async table class
   */
  public <T> List<TransactionFailure<T>> failuresOn(AsyncTableHandle<T> table) {
    List<TransactionFailure<T>> on = new ArrayList<>();
    for (TransactionFailure<?> failure : failures) {
      if (failure.isOn(table)) {
        on.add(failure.on(table));
      }
    }
    return on;
  }
}
