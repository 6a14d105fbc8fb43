package io.dynagen.runtime.table.read;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * A scan read through the SDK's async client: the options of {@link Scan}, and the async ways to
 * read of {@link AsyncRead}. Immutable.
 *
 * @param <T> the item class
 */
public final class AsyncScan<T> extends AsyncRead<T, Scan<T>, AsyncScan<T>> {
  /**
   * The async face of {@code scan}, for the async table and index that make it.
   *
   * @param scan the sync scan it reads
   * @param client the async client requests go through
   */
  public AsyncScan(Scan<T> scan, DynamoDbAsyncClient client) {
    super(scan, client);
  }

  @Override
  AsyncScan<T> with(Scan<T> newRequest) {
    return new AsyncScan<>(newRequest, client);
  }

  /**
   * Reads only segment {@code segment} of {@code totalSegments}; see {@link Scan#segment}.
   *
   * @param segment this segment's number, from 0
   * @param totalSegments the number of segments
   * @return the scan of one segment
   */
  public AsyncScan<T> segment(int segment, int totalSegments) {
    return with(request.segment(segment, totalSegments));
  }

  /**
   * This scan in {@code totalSegments} segments read at the same time, the items published as they
   * come: see {@link AsyncParallelScan} for requests in flight, back-pressure and cancel.
   *
   * @param totalSegments how many segments the table is read in
   * @return the parallel scan; nothing is sent until it is read
   * @throws IllegalArgumentException if {@code totalSegments} is not 1 to 1,000,000
   * @throws IllegalStateException if this scan is already one segment
   */
  public AsyncParallelScan<T> segments(int totalSegments) {
    return new AsyncParallelScan<>(request.segments(totalSegments).scan(), totalSegments, client);
  }
}
