package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.ValueEncoder;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * A query read through the SDK's async client: the options of {@link Query}, and the async ways
 * to read of {@link AsyncRead}. Immutable.
 *
 * @param <T> the item class
 */
public final class AsyncQuery<T> extends AsyncRead<T, Query<T>, AsyncQuery<T>> {
  /**
   * The async face of {@code query}, for the async table and index that make it.
   *
   * @param query the sync query it reads
   * @param client the async client requests go through
   */
  public AsyncQuery(Query<T> query, DynamoDbAsyncClient client) {
    super(query, client);
  }

  @Override
  AsyncQuery<T> with(Query<T> newRequest) {
    return new AsyncQuery<>(newRequest, client);
  }

  /**
   * Only items whose sort key meets {@code condition}; see {@link Query#sortKey}.
   *
   * @param <S> the sort key's type
   * @param condition the condition, or {@code null} for none
   * @param encoder the key's encoder, as the schema stores it
   * @return the query with the sort key condition
   */
  public <S> AsyncQuery<T> sortKey(SortKeyCondition<S> condition, ValueEncoder<S> encoder) {
    return with(request.sortKey(condition, encoder));
  }

  /**
   * Items in descending sort key order.
   *
   * @return the query in descending order
   */
  public AsyncQuery<T> descending() {
    return with(request.descending());
  }
}
