package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.KeyProjection;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
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
 * thread-safe; {@link #execute()} may be called again for a fresh snapshot.
 */
public final class TransactGet {
  private final DynamoDbClient client;
  private final TransactionActions actions = new TransactionActions();
  private final List<TransactGetItem> items = new ArrayList<>();

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
    return add(table, key, List.of());
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
    if (attributes.length == 0) {
      throw new IllegalArgumentException("A projection needs at least one attribute path");
    }
    return add(table, key, Arrays.asList(attributes));
  }

  private <T> Handle<T> add(
      TableHandle<T> handle, Map<String, AttributeValue> key, List<AttributePath> projection) {
    TypedTable<T> table = Objects.requireNonNull(handle, "table").typed();
    Keys.checkKey(key, TableInternals.operations(table).decoder().keyNames(), table.tableName());
    Get.Builder get = Get.builder().tableName(table.tableName()).key(key);
    if (!projection.isEmpty()) {
      Placeholders placeholders = new Placeholders();
      // The type attribute too, without which a single table's item could not be read as its type.
      get.projectionExpression(placeholders.projection(KeyProjection.withKeys(projection, List.of(), table.schema())))
          .expressionAttributeNames(placeholders.namesOrNull());
    }
    actions.add(TransactionFailure.Kind.GET, table, key);
    items.add(TransactGetItem.builder().get(get.build()).build());
    return new Handle<>(this, items.size() - 1, table.schema().type());
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
    actions.checkNotEmpty("read transaction");
    TransactGetItemsRequest request = TransactGetItemsRequest.builder().transactItems(items).build();
    TransactGetItemsResponse response;
    try {
      response = client.transactGetItems(request);
    } catch (DynamoDbException e) {
      throw actions.failed(client, e);
    }
    // One response per item, in the order of the request; a missing item has no attributes.
    List<ItemResponse> responses = response.hasResponses() ? response.responses() : List.of();
    List<Object> read = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Map<String, AttributeValue> item = i < responses.size() ? responses.get(i).item() : null;
      read.add(item == null || item.isEmpty() ? null : TableInternals.operations(actions.table(i)).decoder().decode(item));
    }
    return new Result(this, read);
  }

  /** {@return the number of items to read so far} */
  public int size() {
    return actions.size();
  }

  /**
   * Where one item of a read transaction will be in its {@link Result}.
   *
   * @param <T> the item's class
   */
  public static final class Handle<T> {
    private final TransactGet owner;
    private final int index;
    private final Class<T> type;

    private Handle(TransactGet owner, int index, Class<T> type) {
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
    private final TransactGet owner;
    private final List<Object> items;

    private Result(TransactGet owner, List<Object> items) {
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
