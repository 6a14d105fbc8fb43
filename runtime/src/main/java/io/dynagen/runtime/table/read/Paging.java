package io.dynagen.runtime.table.read;

import io.dynagen.runtime.table.internal.ItemDecoder;
import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The ways to read a query or scan: lazily item by item, one page by cursor, or a count. */
final class Paging {
  private Paging() {}

  static <T> Iterator<T> iterator(ReadRequest<?, ?> source, ItemDecoder<T> decoder) {
    return new PageIterator<>(source, decoder);
  }

  static <T> Stream<T> stream(ReadRequest<?, ?> source, ItemDecoder<T> decoder) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(source, decoder), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** One page, from the start ({@code cursor == null}) or from a cursor. */
  static <T> Page<T> page(ReadRequest<?, ?> source, ItemDecoder<T> decoder, String cursor, boolean first) {
    return page(source, decoder, source.fetch(first ? null : startKey(source, cursor), false));
  }

  /**
   * The start key a cursor of {@code source} holds, checked against it before anything is sent;
   * null (the first page) for a null cursor.
   *
   * @throws IllegalArgumentException if the cursor is malformed, forged or of another read
   */
  static Map<String, AttributeValue> startKey(ReadRequest<?, ?> source, String cursor) {
    if (cursor == null) {
      // A web API's first request has no cursor: page(request.cursorOrNull()) is the first page.
      return null;
    }
    Map<String, AttributeValue> startKey =
        PageCursor.decode(cursor, source.keys, source.description(), source.options.signer(), source.binding());
    source.checkCursor(startKey, cursor);
    return startKey;
  }

  /** The page a response gave: its items decoded, and the cursor of the next page, if any. */
  static <T> Page<T> page(ReadRequest<?, ?> source, ItemDecoder<T> decoder, RawPage raw) {
    return new Page<>(decoder.decodeAll(raw.items()),
        raw.hasMore() ? PageCursor.encode(raw.lastEvaluatedKey(), source.options.signer(), source.binding()) : null);
  }

  /** The number of matching items, summed over all pages (see {@link ReadRequest#count()}). */
  static long count(ReadRequest<?, ?> source) {
    long total = 0;
    Map<String, AttributeValue> startKey = null;
    do {
      RawPage raw = source.fetch(startKey, true);
      total += raw.count();
      startKey = raw.hasMore() ? raw.lastEvaluatedKey() : null;
    } while (startKey != null);
    return total;
  }
}
