package io.dynagen.runtime.metrics;

import java.util.List;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The ten DynamoDB data operations that can return consumed capacity: setting the request's
 * {@code ReturnConsumedCapacity}, reading the response's report. Written out per type, since the
 * SDK's request types share no builder interface for it.
 */
final class CapacityRequests {
  private CapacityRequests() {}

  /** {@code request} asking for capacity as {@code mode} says, unless it already says; others unchanged. */
  static SdkRequest asking(SdkRequest request, ReturnConsumedCapacity mode) {
    if (request instanceof GetItemRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof PutItemRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof UpdateItemRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof DeleteItemRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof QueryRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof ScanRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof BatchGetItemRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof BatchWriteItemRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof TransactGetItemsRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    } else if (request instanceof TransactWriteItemsRequest r) {
      return r.returnConsumedCapacity() != null ? r : r.toBuilder().returnConsumedCapacity(mode).build();
    }
    return request;
  }

  /** The capacity {@code response} reports, one entry per table; empty for other responses. */
  static List<ConsumedCapacity> reported(SdkResponse response) {
    if (response instanceof GetItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof PutItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof UpdateItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof DeleteItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof QueryResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof ScanResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof BatchGetItemResponse r) {
      return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
    } else if (response instanceof BatchWriteItemResponse r) {
      return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
    } else if (response instanceof TransactGetItemsResponse r) {
      return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
    } else if (response instanceof TransactWriteItemsResponse r) {
      return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
    }
    return List.of();
  }

  private static List<ConsumedCapacity> one(ConsumedCapacity capacity) {
    return capacity == null ? List.of() : List.of(capacity);
  }
}
