package io.dynagen.runtime.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The tables an operation names and the items it read or wrote, for {@link OperationEvent}. */
final class OperationItems {
  private OperationItems() {}

  /** Items read, counted or written, as {@link OperationEvent#items()} defines them. */
  static int count(SdkRequest request, SdkResponse response) {
    if (response instanceof GetItemResponse r) {
      return r.hasItem() && !r.item().isEmpty() ? 1 : 0;
    } else if (response instanceof PutItemResponse
        || response instanceof UpdateItemResponse
        || response instanceof DeleteItemResponse) {
      return 1;
    } else if (response instanceof QueryResponse r) {
      return r.count() == null ? 0 : r.count();
    } else if (response instanceof ScanResponse r) {
      return r.count() == null ? 0 : r.count();
    } else if (response instanceof BatchGetItemResponse r) {
      return r.responses().values().stream().mapToInt(List::size).sum();
    } else if (response instanceof BatchWriteItemResponse r && request instanceof BatchWriteItemRequest sent) {
      return writes(sent.requestItems()) - writes(r.unprocessedItems());
    } else if (response instanceof TransactGetItemsResponse r) {
      return (int) r.responses().stream().filter(item -> item.hasItem() && !item.item().isEmpty()).count();
    } else if (request instanceof TransactWriteItemsRequest sent && response instanceof TransactWriteItemsResponse) {
      return sent.transactItems().size();
    }
    return 0;
  }

  private static int writes(Map<String, List<WriteRequest>> byTable) {
    return byTable.values().stream().mapToInt(List::size).sum();
  }

  /** The tables {@code request} names, each once, in request order. */
  static List<String> tables(SdkRequest request) {
    if (request instanceof BatchGetItemRequest r) {
      return List.copyOf(r.requestItems().keySet());
    } else if (request instanceof BatchWriteItemRequest r) {
      return List.copyOf(r.requestItems().keySet());
    } else if (request instanceof TransactGetItemsRequest r) {
      Set<String> tables = new LinkedHashSet<>();
      for (TransactGetItem item : r.transactItems()) {
        tables.add(item.get().tableName());
      }
      return new ArrayList<>(tables);
    } else if (request instanceof TransactWriteItemsRequest r) {
      Set<String> tables = new LinkedHashSet<>();
      for (TransactWriteItem item : r.transactItems()) {
        tables.add(writeTable(item));
      }
      return new ArrayList<>(tables);
    }
    return request.getValueForField("TableName", String.class).map(List::of).orElse(List.of());
  }

  private static String writeTable(TransactWriteItem item) {
    if (item.put() != null) {
      return item.put().tableName();
    } else if (item.update() != null) {
      return item.update().tableName();
    } else if (item.delete() != null) {
      return item.delete().tableName();
    }
    return item.conditionCheck().tableName();
  }
}
