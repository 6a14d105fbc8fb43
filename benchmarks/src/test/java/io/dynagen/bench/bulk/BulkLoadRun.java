package io.dynagen.bench.bulk;

import io.dynagen.bench.mapping.Samples;
import io.dynagen.bench.model.User;
import io.dynagen.bench.report.Stats;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Loads {@code items} users items into DynamoDB Local, started once for the run in a process of
 * its own (the example app's {@code serve}) and reached over loopback HTTP, by each variant in
 * turn, {@code loads} times over: every load into a new empty table, timed from its first request
 * to its last response, then counted (a load that stored fewer items fails the run). The raw
 * client's {@code batchWriteItem} with 1 to 16 requests in flight gives the ceiling: the best
 * items/s any client reaches against this server. Each variant first loads an untimed warm-up
 * table, except the example app, whose measure is a fresh JVM that creates its own table, as on a
 * user's first load. After each round the example app also runs {@code load --count 0} (its fixed
 * start: JVM, client, table creation, nothing written), timed the same way; the ceiling's time
 * plus that start bounds what the app's load can reach.
 *
 * <p>All variants in this JVM share one client, on the SDK's Apache 5 HTTP client with its default
 * settings (50 connections).
 */
public final class BulkLoadRun {
  /** The label of Dynagen's variant, which the bulk-load target compares with the ceiling. */
  public static final String DYNAGEN_BATCH_WRITER = "Dynagen batch writer, default options";
  /** The label of the example app's load, which a bulk-load target compares with the ceiling. */
  public static final String EXAMPLE_APP_LOAD = "example app `load` (fresh JVM, launch to exit)";
  /** The label of the example app's zero-item load: its fixed start. */
  public static final String EXAMPLE_APP_FIXED_START = "example app `load --count 0` (fresh JVM, launch to exit)";
  /** How many requests in flight the ceiling is looked for at. */
  static final List<Integer> IN_FLIGHT = List.of(1, 2, 4, 8, 16);

  private final int items;
  private final int loads;
  private final int warmupItems;
  private final Path appJar;

  public BulkLoadRun(int items, int loads, int warmupItems, Path appJar) {
    this.items = items;
    this.loads = loads;
    this.warmupItems = warmupItems;
    this.appJar = appJar;
  }

  public BulkLoads run() throws IOException {
    try (LocalServer server = LocalServer.start(appJar);
        DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local")))
            .httpClientBuilder(Apache5HttpClient.builder())
            .build()) {
      return run(client, server.endpoint());
    }
  }

  private BulkLoads run(DynamoDbClient client, URI endpoint) {
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    TableSchema<User> schema = TableSchema.fromBean(User.class);
    List<BulkLoader> loaders = new ArrayList<>();
    for (int inFlight : IN_FLIGHT) {
      loaders.add(new RawBatchWrite(client, inFlight));
    }
    loaders.add(new DynagenBatchWriter(client));
    ExampleAppLoad app = new ExampleAppLoad(appJar, endpoint);
    loaders.add(app);
    loaders.add(new EnhancedBatchWrite(enhanced, schema));
    loaders.add(new EnhancedPutItemLoop(enhanced, schema));
    Tables tables = new Tables(client);
    List<User> users = users(items);

    for (int v = 0; v < loaders.size(); v++) {
      BulkLoader loader = loaders.get(v);
      if (loader instanceof ExampleAppLoad) {
        continue;
      }
      System.out.println("== Bulk load warm-up: " + loader.label());
      loadInto(tables, "warmup-variant" + v, loader, users.subList(0, warmupItems));
    }
    Map<BulkLoader, List<Double>> itemsPerSecond = new LinkedHashMap<>();
    List<Double> appFixedStart = new ArrayList<>();
    for (int load = 1; load <= loads; load++) {
      for (int v = 0; v < loaders.size(); v++) {
        BulkLoader loader = loaders.get(v);
        if (loader instanceof RawBatchWrite) {
          ((RawBatchWrite) loader).prepare(users);
        }
        double seconds = loadInto(tables, "load" + load + "-variant" + v, loader, users);
        double rate = users.size() / seconds;
        System.out.printf(Locale.ROOT, "== Bulk load %d of %d, %s: %d items in %.1f s, %.0f items/s%n",
            load, loads, loader.label(), users.size(), seconds, rate);
        itemsPerSecond.computeIfAbsent(loader, l -> new ArrayList<>()).add(rate);
      }
      // The app writing nothing: its JVM, client and table creation, the part of every load
      // that no writer can speed up. Right after its real load, against the same server.
      double seconds = loadInto(tables, "load" + load + "-app-zero-items", app, List.of());
      System.out.printf(Locale.ROOT, "== Bulk load %d of %d, %s: %.2f s%n", load, loads, EXAMPLE_APP_FIXED_START, seconds);
      appFixedStart.add(seconds);
    }
    List<BulkLoadResult> results = new ArrayList<>();
    for (Map.Entry<BulkLoader, List<Double>> entry : itemsPerSecond.entrySet()) {
      results.add(new BulkLoadResult(entry.getKey().label(), entry.getKey() instanceof RawBatchWrite, items,
          Stats.of(entry.getValue())));
    }
    return new BulkLoads(results, Stats.of(appFixedStart));
  }

  /** Loads the users into a new table, checks they are all there, drops it; returns the seconds taken. */
  private static double loadInto(Tables tables, String tableName, BulkLoader loader, List<User> users) {
    if (!loader.createsItsTable()) {
      tables.create(tableName);
    }
    long start = System.nanoTime();
    loader.load(users, tableName);
    double seconds = (System.nanoTime() - start) / 1e9;
    long stored = tables.count(tableName);
    if (stored != users.size()) {
      throw new IllegalStateException(
          loader.label() + " stored " + stored + " of " + users.size() + " items in " + tableName);
    }
    tables.delete(tableName);
    return seconds;
  }

  /** Distinct users: user00000 … with janedoering's other attributes. */
  private static List<User> users(int count) {
    List<User> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      users.add(Samples.user(String.format(Locale.ROOT, "user%05d", i), "Doe"));
    }
    return users;
  }
}
