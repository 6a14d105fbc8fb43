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
}
