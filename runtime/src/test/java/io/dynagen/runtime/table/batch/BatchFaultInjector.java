package io.dynagen.runtime.table.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Makes a real DynamoDB (Local) misbehave the way a loaded one does, for BatchWriteItem and
 * BatchGetItem: before a request is sent it takes out a random part of its writes or keys (and
 * the writes or keys of "doomed" items, every time), and the response then reports exactly those
 * as UnprocessedItems / UnprocessedKeys, so the service really did not write or read them. At
 * random it throws a throttling error instead of sending at all, and it can fail every request
 * carrying chosen keys with an error of the test's choice.
 *
 * <p>It also checks what it sees: a request naming a key twice is recorded as a violation (the
 * service would reject it), and it counts requests, faults and the largest request.
 *
 * <p>Register it on a client without SDK retries ({@code LocalDynamoDb.newClientWithoutRetries}),
 * so that the code under test handles every fault itself. Thread-safe.
 */
public final class BatchFaultInjector implements ExecutionInterceptor {
  /** A key that no test writes: what a request is left carrying when every write is taken out. */
  static final Map<String, AttributeValue> SENTINEL =
      Map.of("username", AttributeValue.fromS("~sentinel~"), "last_name", AttributeValue.fromS("~sentinel~"));

  private static final List<String> KEY_NAMES = List.of("username", "last_name");
  private static final ExecutionAttribute<Map<String, List<WriteRequest>>> DROPPED_WRITES =
      new ExecutionAttribute<>("dynagen.test.droppedWrites");
  private static final ExecutionAttribute<Map<String, List<Map<String, AttributeValue>>>> DROPPED_KEYS =
      new ExecutionAttribute<>("dynagen.test.droppedKeys");

  private final Random random;
  private volatile double dropFraction;
  private volatile double throttleFraction;
  private volatile Predicate<Map<String, AttributeValue>> doomed = key -> false;
  private volatile Predicate<Map<String, AttributeValue>> poisoned = key -> false;
  private volatile Supplier<RuntimeException> poison = () -> new IllegalStateException("no poison set");

  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();
  private final AtomicInteger throttled = new AtomicInteger();
  private final AtomicInteger throttledKeys = new AtomicInteger();
  private final AtomicInteger largestRequest = new AtomicInteger();
  private final List<String> violations = new ArrayList<>();
  private final Set<Map<String, AttributeValue>> poisonedRequestKeys = new HashSet<>();

  public BatchFaultInjector(long seed) {
    this.random = new Random(seed);
  }

  /** Takes out each write or key of a request with this probability. */
  BatchFaultInjector dropping(double fraction) {
    this.dropFraction = fraction;
    return this;
  }

  /** Throws a throttling error instead of sending a request, with this probability. */
  public BatchFaultInjector throttling(double fraction) {
    this.throttleFraction = fraction;
    return this;
  }

  /** Takes out the writes and keys of these keys from every request. */
  BatchFaultInjector dooming(Predicate<Map<String, AttributeValue>> keys) {
    this.doomed = keys;
    return this;
  }

  /** Fails every request carrying one of these keys with {@code failure}, sending nothing. */
  BatchFaultInjector poisoning(Predicate<Map<String, AttributeValue>> keys, Supplier<RuntimeException> failure) {
    this.poisoned = keys;
    this.poison = failure;
    return this;
  }

  /** Back to no faults, and counts from zero. */
  synchronized void reset() {
    dropFraction = 0;
    throttleFraction = 0;
    doomed = key -> false;
    poisoned = key -> false;
    requests.set(0);
    sent.set(0);
    dropped.set(0);
    throttled.set(0);
    throttledKeys.set(0);
    largestRequest.set(0);
    violations.clear();
    poisonedRequestKeys.clear();
  }

  int requests() {
    return requests.get();
  }

  /** Writes or keys in all requests so far, before any was taken out. */
  int sent() {
    return sent.get();
  }

  int dropped() {
    return dropped.get();
  }

  int throttled() {
    return throttled.get();
  }

  /** Writes or keys in the requests throttled so far. */
  int throttledKeys() {
    return throttledKeys.get();
  }

  int largestRequest() {
    return largestRequest.get();
  }

  synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /** Every key of every request failed by {@link #poisoning}. */
  synchronized Set<Map<String, AttributeValue>> poisonedRequestKeys() {
    return Set.copyOf(poisonedRequestKeys);
  }

  static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String name : KEY_NAMES) {
      key.put(name, item.get(name));
    }
    return key;
  }

  private static Map<String, AttributeValue> keyOf(WriteRequest write) {
    return keyOf(write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key());
  }

  private synchronized boolean chance(double probability) {
    return probability > 0 && random.nextDouble() < probability;
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if (request instanceof BatchWriteItemRequest) {
      return modifyWrite((BatchWriteItemRequest) request, attributes);
    }
    if (request instanceof BatchGetItemRequest) {
      return modifyGet((BatchGetItemRequest) request, attributes);
    }
    return request;
  }

  private SdkRequest modifyWrite(BatchWriteItemRequest request, ExecutionAttributes attributes) {
    requests.incrementAndGet();
    Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
    for (Map.Entry<String, List<WriteRequest>> table : request.requestItems().entrySet()) {
      for (WriteRequest write : table.getValue()) {
        keys.computeIfAbsent(table.getKey(), name -> new ArrayList<>()).add(keyOf(write));
      }
    }
    inspect(keys);
    Map<String, List<WriteRequest>> kept = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> taken = new LinkedHashMap<>();
    for (Map.Entry<String, List<WriteRequest>> table : request.requestItems().entrySet()) {
      for (WriteRequest write : table.getValue()) {
        boolean drop = doomed.test(keyOf(write)) || chance(dropFraction);
        (drop ? taken : kept).computeIfAbsent(table.getKey(), name -> new ArrayList<>()).add(write);
      }
    }
    if (taken.isEmpty()) {
      return request;
    }
    dropped.addAndGet(taken.values().stream().mapToInt(List::size).sum());
    attributes.putAttribute(DROPPED_WRITES, taken);
    if (kept.isEmpty()) {
      // A request must carry something: a delete of a key never written changes nothing.
      String table = request.requestItems().keySet().iterator().next();
      kept.put(table, List.of(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(SENTINEL).build()).build()));
    }
    return request.toBuilder().requestItems(kept).build();
  }

  private SdkRequest modifyGet(BatchGetItemRequest request, ExecutionAttributes attributes) {
    requests.incrementAndGet();
    Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
    for (Map.Entry<String, KeysAndAttributes> table : request.requestItems().entrySet()) {
      keys.put(table.getKey(), table.getValue().keys());
    }
    inspect(keys);
    Map<String, KeysAndAttributes> kept = new LinkedHashMap<>();
    Map<String, List<Map<String, AttributeValue>>> taken = new LinkedHashMap<>();
    for (Map.Entry<String, KeysAndAttributes> table : request.requestItems().entrySet()) {
      List<Map<String, AttributeValue>> keep = new ArrayList<>();
      for (Map<String, AttributeValue> key : table.getValue().keys()) {
        if (doomed.test(keyOf(key)) || chance(dropFraction)) {
          taken.computeIfAbsent(table.getKey(), name -> new ArrayList<>()).add(key);
        } else {
          keep.add(key);
        }
      }
      if (!keep.isEmpty()) {
        kept.put(table.getKey(), table.getValue().toBuilder().keys(keep).build());
      }
    }
    if (taken.isEmpty()) {
      return request;
    }
    dropped.addAndGet(taken.values().stream().mapToInt(List::size).sum());
    attributes.putAttribute(DROPPED_KEYS, taken);
    if (kept.isEmpty()) {
      Map.Entry<String, KeysAndAttributes> first = request.requestItems().entrySet().iterator().next();
      kept.put(first.getKey(), first.getValue().toBuilder().keys(List.of(SENTINEL)).build());
    }
    return request.toBuilder().requestItems(kept).build();
  }

  /**
   * Checks a request's keys (by table) before any fault: no key twice in a table; its size. Then
   * fails it if it carries a poisoned key, or throttles it by chance.
   */
  private void inspect(Map<String, List<Map<String, AttributeValue>>> keysByTable) {
    List<Map<String, AttributeValue>> all = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, AttributeValue>>> table : keysByTable.entrySet()) {
      List<Map<String, AttributeValue>> keys = table.getValue();
      if (new HashSet<>(keys).size() != keys.size()) {
        synchronized (this) {
          violations.add("a request names a key of table '" + table.getKey() + "' twice: " + keys);
        }
      }
      all.addAll(keys);
    }
    largestRequest.accumulateAndGet(all.size(), Math::max);
    sent.addAndGet(all.size());
    for (Map<String, AttributeValue> key : all) {
      if (poisoned.test(key)) {
        synchronized (this) {
          poisonedRequestKeys.addAll(all);
        }
        throw poison.get();
      }
    }
    if (chance(throttleFraction)) {
      throttled.incrementAndGet();
      throttledKeys.addAndGet(all.size());
      throw throttlingError();
    }
  }

  private RuntimeException throttlingError() {
    int kind;
    synchronized (this) {
      kind = random.nextInt(4);
    }
    String message = "Injected: the request rate is too high";
    switch (kind) {
      case 0:
        return ProvisionedThroughputExceededException.builder().message(message).statusCode(400).build();
      case 1:
        return ThrottlingException.builder().message(message).statusCode(400).build();
      case 2:
        return RequestLimitExceededException.builder().message(message).statusCode(400).build();
      default:
        // As an unmodelled error reaches the client: only its AWS error code says it is throttling.
        return DynamoDbException.builder()
            .message(message)
            .statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").errorMessage(message).build())
            .build();
    }
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    Map<String, List<WriteRequest>> writes = attributes.getAttribute(DROPPED_WRITES);
    if (writes != null && response instanceof BatchWriteItemResponse) {
      BatchWriteItemResponse written = (BatchWriteItemResponse) response;
      Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>(written.unprocessedItems());
      writes.forEach((table, list) -> {
        List<WriteRequest> all = new ArrayList<>(unprocessed.getOrDefault(table, List.of()));
        all.addAll(list);
        unprocessed.put(table, all);
      });
      return written.toBuilder().unprocessedItems(unprocessed).build();
    }
    Map<String, List<Map<String, AttributeValue>>> keys = attributes.getAttribute(DROPPED_KEYS);
    if (keys != null && response instanceof BatchGetItemResponse) {
      BatchGetItemResponse read = (BatchGetItemResponse) response;
      Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(read.unprocessedKeys());
      keys.forEach((table, list) -> {
        KeysAndAttributes already = unprocessed.get(table);
        List<Map<String, AttributeValue>> all = new ArrayList<>(already == null ? List.of() : already.keys());
        all.addAll(list);
        unprocessed.put(table, KeysAndAttributes.builder().keys(all).build());
      });
      return read.toBuilder().unprocessedKeys(unprocessed).build();
    }
    return response;
  }
}
