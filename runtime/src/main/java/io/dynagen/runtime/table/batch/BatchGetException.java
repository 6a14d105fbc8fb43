package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.internal.Keys;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Some keys of a batch get could not be read: the service still left them unprocessed (or
 * throttled their requests) after the attempt budget of {@link BatchGetOptions#maxAttempts()}.
 * {@link #unread()} lists exactly those keys; all other keys were read. The cause is the last
 * throttling error, if requests were throttled.
 */
public final class BatchGetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int KEYS_IN_MESSAGE = 3;

  private final transient List<UnreadKey> unread;

  BatchGetException(List<UnreadKey> unread, int attempts, Throwable lastThrottling) {
    super(message(unread, attempts), lastThrottling);
    this.unread = Collections.unmodifiableList(unread);
  }

  /** Keys not read because the work stopped (a deadline, an interrupt) before asking for them. */
  BatchGetException(List<UnreadKey> unread, String ending, Throwable cause) {
    super(ending + ": " + unread.size() + (unread.size() == 1 ? " key was" : " keys were") + " not read"
        + (unread.isEmpty() ? "" : ", such as " + unread.get(0)) + ". unread() lists them all; read them again", cause);
    this.unread = Collections.unmodifiableList(unread);
  }

  private static String message(List<UnreadKey> unread, int attempts) {
    StringBuilder out =
        new StringBuilder()
            .append(unread.size())
            .append(unread.size() == 1 ? " key was" : " keys were")
            .append(" still unprocessed after ")
            .append(attempts)
            .append(attempts == 1 ? " attempt: " : " attempts: ");
    for (int i = 0; i < Math.min(KEYS_IN_MESSAGE, unread.size()); i++) {
      out.append(i == 0 ? "" : "; ").append(unread.get(i));
    }
    if (unread.size() > KEYS_IN_MESSAGE) {
      out.append("; and ").append(unread.size() - KEYS_IN_MESSAGE).append(" more");
    }
    return out.append(". unread() lists them all; read them again later, or allow more attempts").toString();
  }

  /** {@return the keys that could not be read, with their tables} */
  public List<UnreadKey> unread() {
    return unread;
  }

  /**
   * A key that could not be read.
   *
   * @param tableName the table
   * @param key the key, as it was asked for
   */
  public record UnreadKey(String tableName, Map<String, AttributeValue> key) {
    /**
     * Makes the key unmodifiable.
     *
     * @param tableName the table
     * @param key the key, as it was asked for
     */
    public UnreadKey {
      key = Collections.unmodifiableMap(key);
    }

    @Override
    public String toString() {
      return Keys.describe(key) + " in table '" + tableName + "'";
    }
  }
}
