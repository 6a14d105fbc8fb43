package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.TableNotFoundException;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.AsyncCalls;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.KeyShape;
import io.dynagen.runtime.table.internal.TableInternals;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A scan of every item of the table or of a secondary index, optionally filtered, optionally one
 * segment of a parallel scan. See {@link ReadRequest} for the shared options and the ways to
 * read.
 *
 * @param <T> the item class
 */
public final class Scan<T> extends ReadRequest<T, Scan<T>> {
  private static final int MAX_SEGMENTS = 1_000_000;

  private final Integer segment;
  private final Integer totalSegments;

  /**
   * A scan; users get one from a table's or an index's {@code scan()}.
   *
   * @param table the table read
   * @param keys the key attributes of the table or index read
   */
  public Scan(TypedTable<T> table, KeyShape keys) {
    this(TableInternals.operations(table), table.client(), keys, ReadOptions.DEFAULTS, null, null);
  }

  /**
   * The request behind an async scan, which has no sync client.
   *
   * @param table the table
   * @param keys the key attributes read
   */
  public Scan(ItemOperations<T> table, KeyShape keys) {
    this(table, null, keys, ReadOptions.DEFAULTS, null, null);
  }

  private Scan(
      ItemOperations<T> table, DynamoDbClient client, KeyShape keys, ReadOptions options, Integer segment,
      Integer totalSegments) {
    super(table, client, keys, options);
    this.segment = segment;
    this.totalSegments = totalSegments;
  }

  /**
   * Reads only segment {@code segment} of {@code totalSegments}, for a parallel scan: run one
   * scan per segment, each in its own thread; together they read every item once.
   *
   * @param segment this scan's segment, from 0
   * @param totalSegments how many segments the table is read in
   * @return this scan
   */
  public Scan<T> segment(int segment, int totalSegments) {
    checkTotalSegments(totalSegments);
    if (segment < 0 || segment >= totalSegments) {
      throw new IllegalArgumentException(
          "Segment " + segment + " is out of range: the segments of a scan in " + totalSegments
              + " are numbered 0 to " + (totalSegments - 1));
    }
    return new Scan<>(table, client, keys, options, segment, totalSegments);
  }

  /**
   * {@return this scan in {@code totalSegments} segments read at the same time, the items streamed
   * to the caller's thread as they come: see {@link ParallelScan} for threads, memory, errors and
   * closing}
   *
   * @param totalSegments how many segments the table is read in
   * @throws IllegalArgumentException if {@code totalSegments} is not 1 to 1,000,000
   * @throws IllegalStateException if this scan is already one segment
   */
  public ParallelScan<T> segments(int totalSegments) {
    checkTotalSegments(totalSegments);
    if (segment != null) {
      throw new IllegalStateException(
          "This scan is already segment " + segment + " of " + this.totalSegments + ": call"
              + " segments(n) on the whole scan");
    }
    return new ParallelScan<>(this, totalSegments, null);
  }

  private static void checkTotalSegments(int totalSegments) {
    if (totalSegments < 1 || totalSegments > MAX_SEGMENTS) {
      throw new IllegalArgumentException(
          "totalSegments " + totalSegments + " is out of range: DynamoDB allows 1 to " + MAX_SEGMENTS);
    }
  }

  @Override
  Scan<T> with(ReadOptions newOptions) {
    return new Scan<>(table, client, keys, newOptions, segment, totalSegments);
  }

  @Override
  String description() {
    return "scan of " + keys.describe(table.tableName());
  }

  @Override
  RawPage fetch(Map<String, AttributeValue> exclusiveStartKey, boolean countOnly) {
    ScanRequest request = request(exclusiveStartKey, countOnly);
    ScanResponse response;
    try {
      response = client.scan(request);
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(table.tableName(), e);
    }
    return rawPage(response.items(), response.count(), response.lastEvaluatedKey(), countOnly);
  }

  @Override
  CompletableFuture<RawPage> fetch(
      DynamoDbAsyncClient asyncClient, Map<String, AttributeValue> exclusiveStartKey, boolean countOnly) {
    return AsyncCalls.call(() -> request(exclusiveStartKey, countOnly), asyncClient::scan,
        response -> rawPage(response.items(), response.count(), response.lastEvaluatedKey(), countOnly), table::readFailed);
  }

  private ScanRequest request(Map<String, AttributeValue> exclusiveStartKey, boolean countOnly) {
    Placeholders placeholders = new Placeholders();
    ScanRequest request =
        ScanRequest.builder()
            .tableName(table.tableName())
            .indexName(keys.indexName())
            .filterExpression(options.filterExpression(placeholders))
            .projectionExpression(projectionExpression(placeholders, countOnly))
            .select(select(countOnly))
            .limit(options.pageSize())
            .consistentRead(options.consistentRead() ? Boolean.TRUE : null)
            .segment(segment)
            .totalSegments(totalSegments)
            .exclusiveStartKey(exclusiveStartKey)
            .expressionAttributeNames(placeholders.namesOrNull())
            .expressionAttributeValues(placeholders.valuesOrNull())
            .build();
    return request;
  }
}
