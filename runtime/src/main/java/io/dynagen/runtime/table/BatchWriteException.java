package io.dynagen.runtime.table;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Some puts or deletes of a batch writer did not land: the service still left them unprocessed
 * after the writer's attempt budget, or a request carrying them failed for good (a missing
 * table, a validation error, a network failure after the SDK's own retries). {@link
 * #unwritten()} lists exactly those writes; every other write the writer accepted landed, except
 * writes replaced by a later write of the same key before they were sent.
 *
 * <p>Raised by {@code close()} once everything else is written. The cause is the first failure
 * of a whole request, if there was one.
 */
public final class BatchWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int KEYS_IN_MESSAGE = 3;

  private final transient List<Unwritten> unwritten;

  BatchWriteException(List<Unwritten> unwritten) {
    super(message(unwritten), firstFailure(unwritten));
    this.unwritten = Collections.unmodifiableList(unwritten);
  }

  private static String message(List<Unwritten> unwritten) {
    StringBuilder out =
        new StringBuilder()
            .append(unwritten.size())
            .append(unwritten.size() == 1 ? " write" : " writes")
            .append(" of the batch writer did not land: ");
    for (int i = 0; i < Math.min(KEYS_IN_MESSAGE, unwritten.size()); i++) {
      out.append(i == 0 ? "" : "; ").append(unwritten.get(i));
    }
    if (unwritten.size() > KEYS_IN_MESSAGE) {
      out.append("; and ").append(unwritten.size() - KEYS_IN_MESSAGE).append(" more");
    }
    return out.append(". unwritten() lists them all; everything else landed").toString();
  }

  private static Throwable firstFailure(List<Unwritten> unwritten) {
    for (Unwritten write : unwritten) {
      if (write.cause != null) {
        return write.cause;
      }
    }
    return null;
  }

  /** The writes that did not land, in the order they failed. */
  public List<Unwritten> unwritten() {
    return unwritten;
  }

  /** Whether a write was a put or a delete. */
  public enum Kind {
    PUT,
    DELETE
  }

  /** One put or delete that did not land, and why. */
  public static final class Unwritten {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private final Kind kind;
    private final Object item;
    private final int attempts;
    private final Throwable cause;

    Unwritten(PendingWrite write) {
      this.tableName = write.tableName();
      this.key = Collections.unmodifiableMap(write.key());
      this.kind = write.isPut() ? Kind.PUT : Kind.DELETE;
      this.item = write.item();
      this.attempts = write.attempts();
      this.cause = write.lastFailure();
    }

    /** The table written to. */
    public String tableName() {
      return tableName;
    }

    /** The item's key. */
    public Map<String, AttributeValue> key() {
      return key;
    }

    /** A put or a delete. */
    public Kind kind() {
      return kind;
    }

    /**
     * The object put (to write it again some other way), or {@code null} for a delete. It is of
     * the class of the table's schema: {@code (User) unwritten.item()}.
     */
    public Object item() {
      return item;
    }

    /** How many times it was sent. */
    public int attempts() {
      return attempts;
    }

    /**
     * The exception that failed the last request carrying it, or empty if the service simply
     * left it unprocessed every time (see {@link #reason()}).
     */
    public Optional<Throwable> cause() {
      return Optional.ofNullable(cause);
    }

    /**
     * Why it did not land, for people: {@code still unprocessed after 10 attempts}, or the
     * failure of the last request carrying it.
     */
    public String reason() {
      return cause == null
          ? "still unprocessed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
          : "failed on attempt " + attempts + ": " + cause;
    }

    @Override
    public String toString() {
      return (kind == Kind.PUT ? "put " : "delete ") + Keys.describe(key) + " in table '" + tableName
          + "' (" + reason() + ")";
    }
  }
}
