package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.expr.ValueEncoder;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * A query of the items of one partition, of the table or of a secondary index, optionally
 * narrowed by a sort key condition and a filter. See {@link ReadRequest} for the shared options
 * and the ways to read.
 *
 * @param <T> the item class
 */
public final class Query<T> extends ReadRequest<T, Query<T>> {
  private final AttributeValue partitionValue;
  private final BoundSortKey<?> sortKey;
  private final boolean descending;

  /**
   * A query of one partition; users get one from a table's or an index's {@code query(...)}.
   *
   * @param table the table read
   * @param keys the key attributes of the table or index read
   * @param partitionValue the stored partition key value
   */
  public Query(TypedTable<T> table, KeyShape keys, AttributeValue partitionValue) {
    this(TableInternals.operations(table), table.client(), keys, ReadOptions.DEFAULTS, partitionValue, null, false);
  }

  /**
   * The request behind an async query, which has no sync client.
   *
   * @param table the table
   * @param keys the key attributes read
   * @param partitionValue the partition key value
   */
  public Query(ItemOperations<T> table, KeyShape keys, AttributeValue partitionValue) {
    this(table, null, keys, ReadOptions.DEFAULTS, partitionValue, null, false);
  }

  private Query(
      ItemOperations<T> table,
      DynamoDbClient client,
      KeyShape keys,
      ReadOptions options,
      AttributeValue partitionValue,
      BoundSortKey<?> sortKey,
      boolean descending) {
    super(table, client, keys, options);
    this.partitionValue = partitionValue;
    this.sortKey = sortKey;
    this.descending = descending;
  }

  /**
   * Only items whose sort key meets {@code condition}, such as {@code
   * SortKeyCondition.beginsWith("Do")}; replaces an earlier one.
   *
   * @param <S> the sort key's Java type
   * @param condition the condition on the sort key
   * @param encoder the sort key's encoder, as the schema stores it
   * @return this query
   * @throws IllegalArgumentException if the table or index has no sort key
   */
  public <S> Query<T> sortKey(SortKeyCondition<S> condition, ValueEncoder<S> encoder) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(encoder, "encoder");
    if (keys.sortKey() == null) {
      throw new IllegalArgumentException(
          "The " + description() + " has no sort key, so it takes no sort key condition;"
              + " use filter() to narrow the items");
    }
    return new Query<>(table, client, keys, options, partitionValue, new BoundSortKey<>(condition, encoder), descending);
  }

  /**
   * Items in descending sort key order (ascending by default).
   *
   * @return this query
   */
  public Query<T> descending() {
    return new Query<>(table, client, keys, options, partitionValue, sortKey, true);
  }

  @Override
  Query<T> with(ReadOptions newOptions) {
    return new Query<>(table, client, keys, newOptions, partitionValue, sortKey, descending);
  }

  @Override
  String description() {
    return "query of " + keys.describe(table.tableName());
  }

  @Override
  String binding() {
    // Built from the key condition as sent, each value length-prefixed: a value's text may hold
    // anything (" AND ", " descending"), so no two different queries may bind to the same text.
    Placeholders placeholders = new Placeholders();
    StringBuilder out = new StringBuilder(description()).append('\n').append(keyCondition(placeholders))
        .append(descending ? "\ndescending" : "\nascending");
    for (Map.Entry<String, AttributeValue> value : placeholders.values().entrySet()) {
      AttributeValue v = value.getValue();
      String text = v.s() != null ? "S" + v.s()
          : v.n() != null ? "N" + v.n()
          : "B" + Base64.getEncoder().encodeToString(v.b().asByteArrayUnsafe());
      out.append('\n').append(value.getKey()).append(' ').append(text.length()).append(':').append(text);
    }
    return out.toString();
  }

  private String keyCondition(Placeholders placeholders) {
    String keyCondition = placeholders.name(keys.partitionKey()) + " = " + placeholders.value(partitionValue);
    return sortKey == null ? keyCondition : keyCondition + " AND " + sortKey.render(keys.sortKey(), placeholders);
  }

  /** A cursor of a query holds the queried partition key value: a cursor of another partition is refused. */
  @Override
  void checkCursor(Map<String, AttributeValue> startKey, String cursor) {
    if (!ItemKey.sameValue(startKey.get(keys.partitionKey()), partitionValue)) {
      throw new IllegalArgumentException(
          "The page cursor " + PageCursor.abbreviate(cursor) + " is of another partition than " + description()
              + " (" + Keys.describe(Map.of(keys.partitionKey(), partitionValue))
              + "): pass Page.cursor() of this same query unchanged");
    }
  }

  /** A sort key condition with the encoder of the key's type. */
  private record BoundSortKey<S>(SortKeyCondition<S> condition, ValueEncoder<S> encoder) {
    String render(String sortKeyName, Placeholders placeholders) {
      return condition.render(sortKeyName, encoder, placeholders);
    }
  }

  @Override
  RawPage fetch(Map<String, AttributeValue> exclusiveStartKey, boolean countOnly) {
    QueryRequest request = request(exclusiveStartKey, countOnly);
    QueryResponse response;
    try {
      response = client.query(request);
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(table.tableName(), e);
    }
    return rawPage(response.items(), response.count(), response.lastEvaluatedKey(), countOnly);
  }

  @Override
  CompletableFuture<RawPage> fetch(
      DynamoDbAsyncClient asyncClient, Map<String, AttributeValue> exclusiveStartKey, boolean countOnly) {
    return AsyncCalls.call(() -> request(exclusiveStartKey, countOnly), asyncClient::query,
        response -> rawPage(response.items(), response.count(), response.lastEvaluatedKey(), countOnly), table::readFailed);
  }

  private QueryRequest request(Map<String, AttributeValue> exclusiveStartKey, boolean countOnly) {
    Placeholders placeholders = new Placeholders();
    String keyCondition = keyCondition(placeholders);
    String filterExpression = options.filterExpression(placeholders);
    QueryFilterKeys.check(filterExpression, placeholders, keys, description());
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table.tableName())
            .indexName(keys.indexName())
            .keyConditionExpression(keyCondition)
            .filterExpression(filterExpression)
            .projectionExpression(projectionExpression(placeholders, countOnly))
            .select(select(countOnly))
            .limit(options.pageSize())
            .consistentRead(options.consistentRead() ? Boolean.TRUE : null)
            .scanIndexForward(descending ? Boolean.FALSE : null)
            .exclusiveStartKey(exclusiveStartKey)
            .expressionAttributeNames(placeholders.namesOrNull())
            .expressionAttributeValues(placeholders.valuesOrNull())
            .build();
    return request;
  }
}
