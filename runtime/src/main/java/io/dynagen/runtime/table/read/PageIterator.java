package io.dynagen.runtime.table.read;

import io.dynagen.runtime.table.internal.ItemDecoder;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Iterates the items of a query or scan, fetching the next page only when the items of the
 * current one are used up, so a caller that stops early never pays for pages it did not read.
 */
final class PageIterator<T> implements Iterator<T> {
  private final ReadRequest<?, ?> source;
  private final ItemDecoder<T> decoder;
  private Iterator<Map<String, AttributeValue>> current = Collections.emptyIterator();
  private Map<String, AttributeValue> nextStartKey;
  private boolean started;

  PageIterator(ReadRequest<?, ?> source, ItemDecoder<T> decoder) {
    this.source = source;
    this.decoder = decoder;
  }

  @Override
  public boolean hasNext() {
    // A page can come back empty with more to read (a filter dropped its items): keep going.
    while (!current.hasNext() && (!started || nextStartKey != null)) {
      RawPage page = source.fetch(nextStartKey, false);
      started = true;
      current = page.items().iterator();
      nextStartKey = page.hasMore() ? page.lastEvaluatedKey() : null;
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more items in the " + source.description());
    }
    return decoder.decode(current.next());
  }
}
