package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * A read transaction: items of one or more tables read as one consistent snapshot, with no
 * write of another transaction half seen (DynamoDB's TransactGetItems).
 *
 * <pre>{@code
 * TransactGet read = TransactGet.with(client);
 * TransactGet.Handle<Account> from = read.get(accounts, alice);
 * TransactGet.Handle<Transfer> transfer = read.get(transfers, transferKey);
 * TransactGet.Result result = read.execute();
 * Optional<Account> account = result.get(from);
 * }</pre>
 *
 * <p>Limits, checked at the call that breaks them: at most 100 items, each once (the same table
 * and key twice is an {@link IllegalArgumentException} naming the key), keys as {@link
 * TypedTable} checks them. DynamoDB also caps the items read at 4 MB in all, which only the
 * service can check.
 *
 * <p>Every read goes through this builder's client. A conflict with a write in progress cancels
 * the read with a {@link TransactionFailedException}; a missing table raises {@link
 * TableNotFoundException}; other service errors keep their AWS type. A builder is not
 * thread-safe; {@link #execute()} may be called again for a fresh snapshot. {@link
 * AsyncTransactGet} is the same over the SDK's async client, with the same handles and results.
 */
public final class TransactGet {
  private final DynamoDbClient client;
  private final TransactGetItems items = new TransactGetItems();

  private TransactGet(DynamoDbClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * {@return a new, empty read transaction sent through {@code client}}
   *
   * @param client the client requests go through
   */
  public static TransactGet with(DynamoDbClient client) {
    return new TransactGet(client);
  }

  /**
   * Reads the item of {@code table} with this key.
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @return the handle to find the item in the {@link Result}
   */
  public <T> Handle<T> get(TableHandle<T> table, Map<String, AttributeValue> key) {
    return items.add(operations(table), key, List.of());
  }

  /**
   * Reads only these attributes of the item of {@code table} with this key; the others read as
   * null (or their default), so include every attribute the caller needs.
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param key the item's key
   * @param attributes the attributes to read
   * @return the handle to find the item in the {@link Result}
   */
  public <T> Handle<T> get(
      TableHandle<T> table, Map<String, AttributeValue> key, AttributePath... attributes) {
    return items.add(operations(table), key, projection(attributes));
  }

  private static <T> ItemOperations<T> operations(TableHandle<T> handle) {
    return TableInternals.operations(Objects.requireNonNull(handle, "table").typed());
  }

  /** The attributes of a projection, at least one. */
  static List<AttributePath> projection(AttributePath... attributes) {
    if (attributes.length == 0) {
      throw new IllegalArgumentException("A projection needs at least one attribute path");
    }
    return Arrays.asList(attributes);
  }

  /**
   * Reads every item, all as of one moment.
   *
   * @return the items read, by handle
   * @throws TransactionFailedException if DynamoDB cancelled the read (such as a conflict with a
   *     write transaction on one of the items: retry)
   * @throws TableNotFoundException if a table does not exist
   * @throws io.dynagen.runtime.MappingException if a stored item does not fit its class
   * @throws IllegalStateException if there are no items to read
   */
  public Result execute() {
    TransactGetItemsRequest request = items.request();
    TransactGetItemsResponse response;
    try {
      response = client.transactGetItems(request);
    } catch (DynamoDbException e) {
      throw items.actions().failed(client, e);
    }
    return items.result(response);
  }

  /** {@return the number of items to read so far} */
  public int size() {
    return items.size();
  }

  /**
   * Where one item of a read transaction ({@link TransactGet} or {@link AsyncTransactGet}) will
   * be in its {@link Result}.
   *
   * @param <T> the item's class
   */
  public static final class Handle<T> {
    private final TransactGetItems owner;
    private final int index;
    private final Class<T> type;

    Handle(TransactGetItems owner, int index, Class<T> type) {
      this.owner = owner;
      this.index = index;
      this.type = type;
    }

    @Override
    public String toString() {
      return "TransactGet.Handle[" + index + ", " + type.getName() + "]";
    }
  }

  /** The items a read transaction found, by the handles its {@code get} calls returned. */
  public static final class Result {
    private final TransactGetItems owner;
    private final List<Object> items;

    Result(TransactGetItems owner, List<Object> items) {
      this.owner = owner;
      this.items = Collections.unmodifiableList(items);
    }

    /**
     * {@return the item of this handle, or empty if there was no item with its key}
     *
     * @param <T> the mapped class of the table
     * @param handle the handle the read was added with
     * @throws IllegalArgumentException if the handle is of another read, or was added after it
     *     was executed
     */
    public <T> Optional<T> get(Handle<T> handle) {
      Objects.requireNonNull(handle, "handle");
      if (handle.owner != owner || handle.index >= items.size()) {
        throw new IllegalArgumentException(
            handle + " is not of this result: pass a handle that the same TransactGet returned"
                + " before execute()");
      }
      return Optional.ofNullable(handle.type.cast(items.get(handle.index)));
    }

    /** {@return the number of items read, found or not} */
    public int size() {
      return items.size();
    }
  }
}
