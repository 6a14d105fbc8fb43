package io.dynagen.example;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserAsyncTable;
import io.dynagen.example.model.UserTable;
import io.dynagen.runtime.table.batch.AsyncBatchWriter;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** Writes generated users through the batch writer, showing items/s as it goes. */
@Command(
    name = "load",
    description = "Bulk load generated users (member000000, member000001, ...), creating the"
        + " table if it does not exist.")
final class LoadCommand extends TableCommand {
  private static final String[] FIRST_NAMES = {"Ada", "Alan", "Grace", "Jane", "John", "Linus", "Margaret", "Tim"};
  private static final String[] LAST_NAMES = {"Doe", "Doering", "Hopper", "Lovelace", "Turing", "Hamilton"};
  private static final String[] ACCOUNT_TYPES = {"standard_user", "super_user", "anonymous"};
  private static final Address[] ADDRESSES = {
    new Address("1 Jefferson Street", "Los Angeles", "CA", 90001),
    new Address("2 Washington Avenue", "Seattle", "WA", 98109),
    new Address("3 Lincoln Road", "Austin", "TX", 73301),
    null
  };

  @Option(names = "--count", required = true, paramLabel = "N", description = "How many users to write.")
  int count;

  @Option(
      names = {"--in-flight", "--threads"},
      defaultValue = "8",
      paramLabel = "N",
      description = "BatchWriteItem requests of 25 users in flight at once; keep at most"
          + " --max-connections (default: ${DEFAULT-VALUE}).")
  int inFlight;

  @Option(
      names = "--start",
      defaultValue = "0",
      paramLabel = "N",
      description = "Number of the first user, to add more later (default: ${DEFAULT-VALUE}).")
  int start;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the generated data.")
  long seed;

  @Option(
      names = "--async",
      description = "Write through the async batch writer on the SDK's async (Netty) client instead of the sync one.")
  boolean async;

  @Override
  void check() {
    if (count < 0 || inFlight < 1 || inFlight > 64 || start < 0) {
      throw new IllegalArgumentException("--count and --start take 0 or more, --in-flight 1 to 64");
    }
  }

  @Override
  int run(Session session, UserTable users, PrintStream out) {
    // Not exists() then createTable(): if CreateTable's response is lost to a read timeout, the
    // SDK's retry meets the table the first attempt made; createTableIfMissing takes that table.
    if (users.createTableIfMissing()) {
      out.println("created table '" + users.tableName() + "' at " + session.target());
    }
    if (async) {
      return runAsync(session, users, out);
    }
    AtomicLong written = new AtomicLong();
    long started = System.nanoTime();
    Progress progress = new Progress(out, written::get, count, started);
    BatchWriteOptions options = BatchWriteOptions.defaults()
        .withMaxInFlight(inFlight)
        .withProgressListener(written::set);
    progress.start();
    // The writer sends 25 users per request, inFlight requests at once, and resends what
    // DynamoDB leaves unprocessed; closing it waits for all, or names every user that did not land.
    try (BatchWriter<User> writer = users.batchWriter(options)) {
      for (int i = 0; i < count; i++) {
        writer.put(user(start + i));
      }
    } finally {
      progress.stop();
    }
    report(out, users, written.get(), started, "");
    return 0;
  }

  /**
   * The same load through the async batch writer: each put is made when the one before is taken
   * in (at once while the writer has room), from the callback that says so; this thread only
   * waits for the end.
   */
  private int runAsync(Session session, UserTable users, PrintStream out) {
    // Closed at the end, after the writer's close() completed: AsyncClient ends its event loop at
    // once, where the SDK's own close would hold the command two seconds longer.
    try (AsyncClient asyncClient = session.newAsyncClient()) {
      DynamoDbAsyncClient client = asyncClient.client();
      // The sync client sent a request (createTableIfMissing) before its clock started; so does
      // this one, or the clock would count the start of its Netty stack (about a second here).
      await(client.describeTable(request -> request.tableName(users.tableName())));
      AsyncBatchWriter<User> writer = UserAsyncTable.create(client, users.tableName())
          .batchWriter(BatchWriteOptions.defaults().withMaxInFlight(inFlight));
      long started = System.nanoTime();
      Progress progress = new Progress(out, writer::written, count, started);
      progress.start();
      CompletableFuture<Void> taken = new CompletableFuture<>();
      try {
        putFrom(writer, 0, taken);
        await(taken.thenCompose(ignored -> writer.close()));
      } finally {
        progress.stop();
      }
      report(out, users, writer.written(), started, ", async");
      return 0;
    }
  }

  /** Waits for {@code future} on this (the command's) thread; its failure is thrown unwrapped. */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Puts users {@code next...} in turn, each once the one before is taken in; then completes {@code done}. */
  private void putFrom(AsyncBatchWriter<User> writer, int next, CompletableFuture<Void> done) {
    int i = next;
    while (i < count) {
      CompletableFuture<Void> put = writer.put(user(start + i));
      i++;
      if (!put.isDone() || put.isCompletedExceptionally()) {
        int resume = i;
        put.whenComplete((ignored, failure) -> {
          if (failure != null) {
            done.completeExceptionally(failure);
          } else {
            putFrom(writer, resume, done);
          }
        });
        return;
      }
    }
    done.complete(null);
  }

  private void report(PrintStream out, UserTable users, long written, long started, String how) {
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT, "loaded %d users into '%s' in %.1f s: %,.0f items/s (batches of 25, %d in flight%s)%n",
        written, users.tableName(), seconds, written / Math.max(seconds, 1e-9), inFlight, how);
  }

  /** User {@code n}: the same for the same seed and number, on every run. */
  User user(int n) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
    return new User(
        username(n),
        LAST_NAMES[random.nextInt(LAST_NAMES.length)],
        FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
        18 + random.nextInt(60),
        ACCOUNT_TYPES[random.nextInt(ACCOUNT_TYPES.length)],
        ADDRESSES[random.nextInt(ADDRESSES.length)]);
  }

  /**
   * {@code member000042}: the number in at least six digits. Not {@code String.format}, which
   * parses its pattern on every call: in the fresh JVM of a load, 20,000 calls took 0.3–0.9 s of
   * CPU, on the thread that feeds the writer, against 0.05 s for this.
   */
  static String username(int n) {
    String digits = Integer.toString(n);
    return "member" + "000000".substring(Math.min(6, digits.length())) + digits;
  }

  /** Prints {@code loaded 1200/5000 users, 2,345 items/s} about once a second. */
  private static final class Progress {
    private final PrintStream out;
    private final LongSupplier written;
    private final int total;
    private final long started;
    private final boolean terminal = System.console() != null;
    private final java.util.concurrent.ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(daemonThreads("progress"));

    Progress(PrintStream out, LongSupplier written, int total, long started) {
      this.out = out;
      this.written = written;
      this.total = total;
      this.started = started;
    }

    void start() {
      timer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
    }

    void stop() {
      timer.shutdownNow();
      if (terminal) {
        out.print("\r\033[K");
        out.flush();
      }
    }

    private void print() {
      long done = written.getAsLong();
      double seconds = (System.nanoTime() - started) / 1e9;
      String line = String.format(
          Locale.ROOT, "loaded %d/%d users, %,.0f items/s", done, total, done / Math.max(seconds, 1e-9));
      if (terminal) {
        out.print("\r" + line + "\033[K");
        out.flush();
      } else {
        out.println(line);
      }
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String name) {
      AtomicLong number = new AtomicLong();
      return runnable -> {
        Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}
