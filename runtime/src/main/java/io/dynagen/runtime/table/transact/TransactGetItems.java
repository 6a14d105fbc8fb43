package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.KeyProjection;
import io.dynagen.runtime.table.internal.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * The reads of a read transaction, the request they make and the decoding of its response, for
 * {@link TransactGet} and {@link AsyncTransactGet} alike. Not thread-safe, as the builders that
 * own one.
 */
final class TransactGetItems {
  private final TransactionActions actions = new TransactionActions();
  private final List<TransactGetItem> items = new ArrayList<>();

  /** The reads, to turn a failure of the request into Dynagen's exception. */
  TransactionActions actions() {
    return actions;
  }

  /**
   * Adds a read of the item with this key, of only {@code projection} unless it is empty.
   *
   * @throws IllegalArgumentException if the key is bad, the item is read already, or there are 100 reads
   */
  <T> TransactGet.Handle<T> add(ItemOperations<T> table, Map<String, AttributeValue> key, List<AttributePath> projection) {
    Keys.checkKey(key, table.decoder().keyNames(), table.tableName());
    Get.Builder get = Get.builder().tableName(table.tableName()).key(key);
    if (!projection.isEmpty()) {
      Placeholders placeholders = new Placeholders();
      // The type attribute too, without which a single table's item could not be read as its type.
      get.projectionExpression(placeholders.projection(KeyProjection.withKeys(projection, List.of(), table.schema())))
          .expressionAttributeNames(placeholders.namesOrNull());
    }
    actions.add(TransactionFailure.Kind.GET, table, key);
    items.add(TransactGetItem.builder().get(get.build()).build());
    return new TransactGet.Handle<>(this, items.size() - 1, table.schema().type());
  }

  /**
   * The request of every read so far.
   *
   * @throws IllegalStateException if there are no reads
   */
  TransactGetItemsRequest request() {
    actions.checkNotEmpty("read transaction");
    return TransactGetItemsRequest.builder().transactItems(items).build();
  }

  /**
   * The items of a response, by handle.
   *
   * @throws io.dynagen.runtime.MappingException if a stored item does not fit its class
   */
  TransactGet.Result result(TransactGetItemsResponse response) {
    // One response per item, in the order of the request; a missing item has no attributes.
    List<ItemResponse> responses = response.hasResponses() ? response.responses() : List.of();
    List<Object> read = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Map<String, AttributeValue> item = i < responses.size() ? responses.get(i).item() : null;
      read.add(item == null || item.isEmpty() ? null : actions.table(i).decoder().decode(item));
    }
    return new TransactGet.Result(this, read);
  }

  int size() {
    return actions.size();
  }
}
