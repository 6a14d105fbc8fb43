package io.dynagen.bench.dao;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A client that answers every GetItem and Query with the same items, without a network: what is
 * left to measure is what Dynagen does around the request, which is where a DAO call and a table
 * call could differ. Not a test double: nothing is asserted through it.
 */
final class CannedClient implements DynamoDbClient {
  private final GetItemResponse item;
  private final QueryResponse page;

  CannedClient(Map<String, AttributeValue> item, List<Map<String, AttributeValue>> items) {
    this.item = GetItemResponse.builder().item(item).build();
    this.page = QueryResponse.builder().items(items).count(items.size()).scannedCount(items.size()).build();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return item;
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return page;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}
}
