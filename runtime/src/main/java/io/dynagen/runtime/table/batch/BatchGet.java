package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.table.TableHandle;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.read.GetOptions;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads many items by key, from one table or several, with BatchGetItem requests of at most 100
 * keys, asking again by itself for the keys the service leaves unprocessed (throttled, or beyond
 * its 16 MB response limit), with exponential backoff and full jitter.
 *
 * <pre>{@code
 * BatchGet get = BatchGet.across(client);
 * BatchGet.Handle<User> users = get.add(usersTable, userKeys);
 * BatchGet.Handle<Order> orders = get.add(ordersTable, orderKeys, GetOptions.defaults().consistentRead());
 * BatchGet.Result result = get.execute();
 * List<User> found = result.items(users);
 * }</pre>
 *
 * <p>For one table, {@link TypedTable#batchGet(Collection)} does all this in one call. {@link
 * AsyncBatchGet} is the same over the SDK's async client, with the same handles and results.
 *
 * <p>Each distinct key is asked for once, however many times and through however many handles it
 * is given; a handle's items come in the order of its keys, each item once, and a key with no
 * item is simply absent. A table is read one way per batch get (one consistency, one
 * projection): adding it again with other options fails. A projection always brings the key
 * attributes back, to match items to keys.
 *
 * <p>Not thread-safe: build and execute it on one thread. {@link #execute()} may be called again,
 * and reads again.
 */
public final class BatchGet {
  private final BatchGetReader reader;
  private final BatchGetKeys keys = new BatchGetKeys();

  private BatchGet(BatchGetReader reader) {
    this.reader = reader;
  }

  /**
   * {@return a batch get sending through {@code client}, with the default options}
   *
   * @param client the client requests go through
   */
  public static BatchGet across(DynamoDbClient client) {
    return across(client, BatchGetOptions.defaults());
  }

  /**
   * {@return a batch get sending through {@code client} (whatever client the tables were made
   * with)}
   *
   * @param client the client requests go through
   * @param options attempts, back-off and deadline
   */
  public static BatchGet across(DynamoDbClient client, BatchGetOptions options) {
    Objects.requireNonNull(client, "client");
    return new BatchGet(new BatchGetReader(client, Objects.requireNonNull(options, "options").retry(), options.deadline()));
  }

  /**
   * {@return the items of {@code table} with these keys, as {@link TypedTable#batchGet} promises}
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param keys the keys of the items
   * @param options consistent read, projection
   */
  public static <T> List<T> read(TypedTable<T> table, Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    BatchGet get = across(table.client());
    Handle<T> handle = get.add(table, keys, options);
    return get.execute().items(handle);
  }

  /**
   * Adds keys of {@code table} (a {@link TypedTable}, or a generated {@code XTable}) to read
   * whole, eventually consistent.
   *
   * @param <T> the mapped class of the table
   * @param table the table, a {@code TypedTable} or a generated table class
   * @param keys the keys of the items
   * @return the handle to take the items with from the result
   * @throws IllegalArgumentException before anything is added, if a key is null, lacks a key
   *     attribute, has other attributes, or a value is null, empty or of the wrong type
   */
  public <T> Handle<T> add(TableHandle<T> table, Collection<Map<String, AttributeValue>> keys) {
    return add(table, keys, GetOptions.defaults());
  }

  /**
   * Adds keys of {@code table} to read with {@code options} (consistent read, projection).
   *
   * @param <T> the mapped class of the table
   * @param handle the table, a {@code TypedTable} or a generated table class
   * @param keys the keys of the items
   * @param options how the items are read (projection, consistency)
   * @return the handle to take the items with from the result
   * @throws IllegalArgumentException before anything is added, if a key is bad (see {@link
   *     #add(TableHandle, Collection)}), or the table was added with other options
   */
  public <T> Handle<T> add(
      TableHandle<T> handle, Collection<Map<String, AttributeValue>> keys, GetOptions options) {
    return this.keys.add(TableInternals.operations(Objects.requireNonNull(handle, "table").typed()), keys, options);
  }

  /**
   * Reads every key added so far.
   *
   * @return what was read, by handle
   * @throws BatchGetException if keys were still unprocessed after the attempt budget
   * @throws TableNotFoundException if a table does not exist
   */
  public Result execute() {
    return keys.result(reader.read(keys.tables()));
  }

  /**
   * The keys one {@code add} call of a {@link BatchGet} or an {@link AsyncBatchGet} asked for, to
   * take its items from a {@link Result}.
   *
   * @param <T> the mapped class of the table
   */
  public static final class Handle<T> {
    private final BatchGetKeys owner;
    private final int index;
    private final ItemOperations<T> table;
    private final List<ItemKey> keys;

    Handle(BatchGetKeys owner, int index, ItemOperations<T> table, List<ItemKey> keys) {
      this.owner = owner;
      this.index = index;
      this.table = table;
      this.keys = keys;
    }

    /** {@return the name of the table read} */
    public String tableName() {
      return table.tableName();
    }

    @Override
    public String toString() {
      return "BatchGet.Handle[" + table.tableName() + ", " + keys.size() + " keys]";
    }
  }

  /** What a batch get read. */
  public static final class Result {
    private final BatchGetKeys owner;
    private final int handles;
    private final Map<ItemKey, Map<String, AttributeValue>> found;

    Result(BatchGetKeys owner, int handles, Map<ItemKey, Map<String, AttributeValue>> found) {
      this.owner = owner;
      this.handles = handles;
      this.found = found;
    }

    /**
     * {@return the items found for a handle's keys, in the order of its keys, each once; keys with
     * no item are left out}
     *
     * @param <T> the mapped class of the table
     * @param handle the handle the keys were added with
     * @throws IllegalArgumentException if the handle is of another batch get, or was added after
     *     this result was read
     * @throws io.dynagen.runtime.MappingException if a stored item does not fit the class
     */
    public <T> List<T> items(Handle<T> handle) {
      Objects.requireNonNull(handle, "handle");
      if (handle.owner != owner || handle.index >= handles) {
        throw new IllegalArgumentException(
            handle + " was not read by this execute(): "
                + (handle.owner != owner ? "it belongs to another BatchGet" : "it was added after")
                + "; pass a handle added to this BatchGet before execute()");
      }
      List<T> items = new ArrayList<>(handle.keys.size());
      for (ItemKey key : handle.keys) {
        Map<String, AttributeValue> item = found.get(key);
        if (item != null) {
          items.add(handle.table.decoder().decode(item));
        }
      }
      return items;
    }

    /** {@return how many distinct items were found, over all tables} */
    public int size() {
      return found.size();
    }
  }
}
