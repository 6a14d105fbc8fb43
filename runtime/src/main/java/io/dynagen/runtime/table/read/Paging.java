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
    CursorSigner signer = source.options.signer();
    Map<String, AttributeValue> startKey = null;
    if (!first) {
      startKey = PageCursor.decode(cursor, source.keys, source.description(), signer, source.binding());
      source.checkCursor(startKey, cursor);
    }
    RawPage raw = source.fetch(startKey, false);
    return new Page<>(decoder.decodeAll(raw.items()),
        raw.hasMore() ? PageCursor.encode(raw.lastEvaluatedKey(), signer, source.binding()) : null);
  }

  /** The number of matching items, summed over all pages (Select COUNT: no items are sent). */
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
