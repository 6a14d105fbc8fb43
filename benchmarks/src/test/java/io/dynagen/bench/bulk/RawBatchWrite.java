package io.dynagen.bench.bulk;

import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The ceiling: the low-level client's {@code batchWriteItem}, 25 items per request, {@code
 * inFlight} requests at once (one thread each taking the next 25 items), resending what the
 * service leaves unprocessed. Items are converted before the clock starts, so only the requests
 * are measured.
 */
final class RawBatchWrite implements BulkLoader {
  private final DynamoDbClient client;
  private final int inFlight;
  private List<WriteRequest> prepared;
  private List<User> preparedFor;

  RawBatchWrite(DynamoDbClient client, int inFlight) {
    this.client = client;
    this.inFlight = inFlight;
  }

  @Override
  public String label() {
    return "raw batchWriteItem, " + inFlight + " in flight";
  }

  int inFlight() {
    return inFlight;
  }

  /** Converts the users once, before the timed loads. */
  void prepare(List<User> users) {
    if (preparedFor == users) {
      return;
    }
    prepared = new ArrayList<>(users.size());
    for (User user : users) {
      Map<String, AttributeValue> item = UserSchema.INSTANCE.toItem(user);
      prepared.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    }
    preparedFor = users;
  }

  @Override
  public void load(List<User> users, String tableName) {
    prepare(users);
    List<WriteRequest> requests = prepared;
    AtomicInteger next = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(inFlight);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < inFlight; t++) {
        running.add(threads.submit(() -> {
          for (int start = next.getAndAdd(25); start < requests.size(); start = next.getAndAdd(25)) {
            List<WriteRequest> pending = requests.subList(start, Math.min(start + 25, requests.size()));
            while (!pending.isEmpty()) {
              BatchWriteItemRequest request =
                  BatchWriteItemRequest.builder().requestItems(Map.of(tableName, new ArrayList<>(pending))).build();
              BatchWriteItemResponse response = client.batchWriteItem(request);
              pending = response.unprocessedItems().getOrDefault(tableName, List.of());
            }
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(label() + " failed", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
