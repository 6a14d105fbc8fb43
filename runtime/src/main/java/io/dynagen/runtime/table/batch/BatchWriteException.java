package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.internal.Keys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Some puts or deletes of a batch writer did not certainly land. Each is in one of two lists:
 *
 * <ul>
 *   <li>{@link #notApplied()}: writes that certainly did not change the table. The service left
 *       them unprocessed after the writer's attempt budget, or refused the request carrying them
 *       (a missing table, a value DynamoDB refuses: only the refused write is listed, the others
 *       of its request are resent and land), or they were never sent (the deadline passed, the
 *       thread was interrupted, the executor refused the task). The stored items are as they
 *       were before: send these writes again, or give up on them.
 *   <li>{@link #outcomeUnknown()}: writes whose request failed after it may have reached the
 *       service (a timeout waiting for the answer, a connection dropped, a 5xx error after the
 *       SDK's own retries). Each either landed in full or not at all; read the item to know, or
 *       simply send it again.
 * </ul>
 *
 * <p>Sending a write again is safe either way: a put stores the same item and a delete removes
 * the same key, however many times they land (batch writers refuse {@code @Version}ed classes,
 * whose writes are not repeatable, and never touch {@code @AtomicCounter}s, which only updates
 * add to). What resending cannot undo is ordering: if another writer changed the item in between,
 * a resent put overwrites that change.
 *
 * <p>Every other write the writer accepted landed, except writes replaced by a later write of the
 * same key before they were sent. Raised by {@code close()} once everything else is written (or
 * by the call that met the deadline or the interrupt). The cause is the first failure of a whole
 * request, if there was one, or the {@link InterruptedException}.
 */
public final class BatchWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int KEYS_IN_MESSAGE = 3;

  /** What is known of a write that did not certainly land. */
  public enum Outcome {
    /** Certainly not applied: the table is as if the write had never been made. */
    NOT_APPLIED,
    /** May have been applied, or not: read the item, or send the write again. */
    UNKNOWN
  }

  private final transient List<Unwritten<?>> unwritten;
  private final transient List<Unwritten<?>> notApplied;
  private final transient List<Unwritten<?>> outcomeUnknown;

  BatchWriteException(List<Unwritten<?>> unwritten, String ending, Throwable cause) {
    super(message(unwritten, ending), cause != null ? cause : firstFailure(unwritten));
    this.unwritten = Collections.unmodifiableList(new ArrayList<>(unwritten));
    this.notApplied = only(unwritten, Outcome.NOT_APPLIED);
    this.outcomeUnknown = only(unwritten, Outcome.UNKNOWN);
  }

  private static List<Unwritten<?>> only(List<Unwritten<?>> writes, Outcome outcome) {
    List<Unwritten<?>> out = new ArrayList<>();
    for (Unwritten<?> write : writes) {
      if (write.outcome == outcome) {
        out.add(write);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static String message(List<Unwritten<?>> unwritten, String ending) {
    int unknown = only(unwritten, Outcome.UNKNOWN).size();
    int certain = unwritten.size() - unknown;
    StringBuilder out = new StringBuilder();
    if (ending != null) {
      out.append(ending).append(": ");
    }
    out.append(unwritten.size()).append(unwritten.size() == 1 ? " write" : " writes")
        .append(" of the batch writer did not land (").append(certain).append(" certainly not applied, ")
        .append(unknown).append(" with an unknown outcome)");
    for (int i = 0; i < Math.min(KEYS_IN_MESSAGE, unwritten.size()); i++) {
      out.append(i == 0 ? ": " : "; ").append(unwritten.get(i));
    }
    if (unwritten.size() > KEYS_IN_MESSAGE) {
      out.append("; and ").append(unwritten.size() - KEYS_IN_MESSAGE).append(" more");
    }
    return out.append(". notApplied() and outcomeUnknown() list them all; everything else landed").toString();
  }

  private static Throwable firstFailure(List<Unwritten<?>> unwritten) {
    for (Unwritten<?> write : unwritten) {
      if (write.cause != null) {
        return write.cause;
      }
    }
    return null;
  }

  /**
   * {@return every write that did not certainly land, in the order they failed: both lists
   * together}
   */
  public List<Unwritten<?>> unwritten() {
    return unwritten;
  }

  /** {@return the writes that certainly did not change the table} */
  public List<Unwritten<?>> notApplied() {
    return notApplied;
  }

  /** {@return the writes that may have landed, or not} */
  public List<Unwritten<?>> outcomeUnknown() {
    return outcomeUnknown;
  }

  /**
   * {@return the writes of {@code table} that certainly did not change it, typed by its class}
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   */
  public <T> List<Unwritten<T>> notApplied(TableHandle<T> table) {
    return ofTable(notApplied, table);
  }

  /**
   * {@return the writes of {@code table} that may have landed, or not, typed by its class}
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   */
  public <T> List<Unwritten<T>> outcomeUnknown(TableHandle<T> table) {
    return ofTable(outcomeUnknown, table);
  }

  private static <T> List<Unwritten<T>> ofTable(List<Unwritten<?>> writes, TableHandle<T> table) {
    String tableName = table.typed().tableName();
    List<Unwritten<T>> out = new ArrayList<>();
    for (Unwritten<?> write : writes) {
      if (write.tableName.equals(tableName)) {
        @SuppressWarnings("unchecked") // writes to a table carry objects of its class: the writer took them typed
        Unwritten<T> typed = (Unwritten<T>) write;
        out.add(typed);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether a write was a put or a delete. */
  public enum Kind {
    /** A put of a whole item. */
    PUT,
    /** A delete of an item by its key. */
    DELETE
  }

  /**
   * One put or delete that did not certainly land, and why.
   *
   * @param <T> the class of the table written to
   */
  public static final class Unwritten<T> {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private final Kind kind;
    private final T item;
    private final int attempts;
    private final Throwable cause;
    private final Outcome outcome;
    private final String why;

    @SuppressWarnings("unchecked") // the writer took the item typed by its table's class
    Unwritten(PendingWrite write, Outcome outcome, String why) {
      this.tableName = write.tableName();
      this.key = Collections.unmodifiableMap(write.key());
      this.kind = write.isPut() ? Kind.PUT : Kind.DELETE;
      this.item = (T) write.item();
      this.attempts = write.attempts();
      this.cause = write.lastFailure();
      this.outcome = outcome;
      this.why = why;
    }

    /** {@return the table written to} */
    public String tableName() {
      return tableName;
    }

    /**
     * {@return the item's key, as the table's {@code get(key)} and {@code delete(key)} and a batch
     * writer's {@code delete(key)} take it}
     */
    public Map<String, AttributeValue> key() {
      return key;
    }

    /** {@return a put or a delete} */
    public Kind kind() {
      return kind;
    }

    /**
     * Certainly not applied, or unknown.
     *
     * @return whether it certainly did not land, or may have
     */
    public Outcome outcome() {
      return outcome;
    }

    /**
     * {@return the object put or deleted, as it was given (to write it again, through the same
     * writer class or the table), or {@code null} for a delete by key}
     */
    public T item() {
      return item;
    }

    /** {@return how many times it was sent (0 if never)} */
    public int attempts() {
      return attempts;
    }

    /**
     * {@return the exception that failed the last request carrying it, or empty if the service
     * simply left it unprocessed every time, or it was never sent (see {@link #reason()})}
     */
    public Optional<Throwable> cause() {
      return Optional.ofNullable(cause);
    }

    /**
     * {@return why it did not certainly land, for people: {@code still unprocessed after 10
     * attempts}, {@code never sent: the deadline passed}, or the failure of the last request
     * carrying it}
     */
    public String reason() {
      if (why != null) {
        return why;
      }
      return cause == null
          ? "still unprocessed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
          : "failed on attempt " + attempts + ": " + cause;
    }

    @Override
    public String toString() {
      return (kind == Kind.PUT ? "put " : "delete ") + Keys.describe(key) + " in table '" + tableName
          + "' (" + (outcome == Outcome.UNKNOWN ? "outcome unknown, " : "not applied, ") + reason() + ")";
    }
  }
}
