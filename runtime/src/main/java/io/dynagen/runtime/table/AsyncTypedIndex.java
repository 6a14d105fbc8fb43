package io.dynagen.runtime.table;

import io.dynagen.runtime.SecondaryIndex;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.read.AsyncQuery;
import io.dynagen.runtime.table.read.AsyncScan;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.table.read.Scan;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async face of {@link TypedIndex}: a secondary index of an {@link AsyncTypedTable}, to query
 * and scan through the SDK's async client. The reads are the sync index's {@link Query} and {@link
 * Scan}, sent as {@link AsyncQuery} and {@link AsyncScan} send them. Immutable and thread-safe.
 *
 * @param <T> the item class
 */
public final class AsyncTypedIndex<T> {
  private final ItemOperations<T> operations;
  private final DynamoDbAsyncClient client;
  private final SecondaryIndex index;
  private final KeyShape keys;

  AsyncTypedIndex(ItemOperations<T> operations, DynamoDbAsyncClient client, SecondaryIndex index) {
    this.operations = operations;
    this.client = client;
    this.index = index;
    this.keys = KeyShape.ofIndex(operations.schema(), index);
  }

  /**
   * The index's name.
   *
   * @return the index's name
   */
  public String name() {
    return index.name();
  }

  /**
   * The index as the schema declares it.
   *
   * @return the index
   */
  public SecondaryIndex index() {
    return index;
  }

  /**
   * A query of the items whose index partition key is {@code partitionValue}: nothing is sent
   * until it is read (see {@link AsyncQuery}).
   *
   * @param <P> the partition key's Java type
   * @param partitionValue the partition key value
   * @param encoder the index partition key's encoder, as the schema stores it
   * @return the query
   * @throws IllegalArgumentException if the value is null or empty, as the sync query does
   */
  public <P> AsyncQuery<T> query(P partitionValue, ValueEncoder<P> encoder) {
    return new AsyncQuery<>(
        new Query<>(operations, keys, operations.keyValue(keys.partitionKey(), partitionValue, encoder)), client);
  }

  /**
   * A scan of every item in the index: nothing is sent until it is read (see {@link AsyncScan}).
   *
   * @return the scan
   */
  public AsyncScan<T> scan() {
    return new AsyncScan<>(new Scan<>(operations, keys), client);
  }
}
