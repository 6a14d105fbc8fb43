package io.dynagen.bench.coldstart;

import io.dynagen.bench.mapping.Samples;
import io.dynagen.bench.mapping.UserHandMapper;
import io.dynagen.bench.mapping.WideHandMapper;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserSchema;
import io.dynagen.bench.model.Wide;
import io.dynagen.bench.model.WideSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One cold start, in a fresh JVM that {@link ColdStartRun} launches: builds the sample object,
 * writes it to an item and reads it back with one mapper (building that mapper's schema on the
 * way), then prints when that finished, as wall-clock milliseconds, how long {@code main} took,
 * in nanoseconds, and the CPU time (user + system, all threads: JIT compilers and GC included)
 * the process had used by then, in nanoseconds: {@code done-at-ms <n> main-ns <n> cpu-ns <n>}.
 *
 * <p>Each path is spelled out without lambdas, method references or string concatenation, and
 * the only classes touched before the clock stops are the ones that path needs: a lambda or an
 * {@code indy} concatenation would bootstrap {@code java.lang.invoke} (tens of milliseconds)
 * and charge all three mappers for it.
 *
 * <p>Usage: {@code ColdStartChild <users|wide> <dynagen|handWritten|enhanced>}.
 */
public final class ColdStartChild {
  private ColdStartChild() {}

  public static void main(String[] args) {
    long mainStart = System.nanoTime();
    String model = args[0];
    String approach = args[1];
    Object written;
    Object read;
    if (model.equals("users")) {
      User user = Samples.user();
      written = user;
      read = roundTripUser(user, approach);
    } else if (model.equals("wide")) {
      Wide wide = Samples.wide();
      written = wide;
      read = roundTripWide(wide, approach);
    } else {
      throw new IllegalArgumentException("Unknown model: " + model);
    }
    long doneAtMillis = System.currentTimeMillis();
    long mainNanos = System.nanoTime() - mainStart;
    // Read after the clocks stopped: the few classes this loads are charged to every mapper alike.
    long cpuNanos = cpuNanos();
    if (!written.equals(read)) {
      System.err.println(approach + " read back " + read + ", not " + written);
      System.exit(1);
    }
    System.out.println("done-at-ms " + doneAtMillis + " main-ns " + mainNanos + " cpu-ns " + cpuNanos);
  }

  /**
   * The CPU time (user + system) of all the process's threads so far, in nanoseconds: on Linux the
   * sum of each thread's {@code /proc/self/task/<id>/schedstat}, which counts nanoseconds, where
   * {@link ProcessHandle} reports whole 10 ms ticks, too coarse for a run of 150 ms; elsewhere
   * {@link ProcessHandle}'s figure.
   */
  private static long cpuNanos() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
    long sum = 0;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        try {
          String schedstat = Files.readString(thread.resolve("schedstat"));
          sum += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (NoSuchFileException ended) {
          // The thread ended between listing and reading: its time is left out.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  private static User roundTripUser(User user, String approach) {
    if (approach.equals("dynagen")) {
      Map<String, AttributeValue> item = UserSchema.INSTANCE.toItem(user);
      return UserSchema.INSTANCE.fromItem(item);
    }
    if (approach.equals("handWritten")) {
      UserHandMapper mapper = new UserHandMapper();
      return mapper.fromItem(mapper.toItem(user));
    }
    if (approach.equals("enhanced")) {
      TableSchema<User> schema = TableSchema.fromBean(User.class);
      return schema.mapToItem(schema.itemToMap(user, true));
    }
    throw new IllegalArgumentException("Unknown approach: " + approach);
  }

  private static Wide roundTripWide(Wide wide, String approach) {
    if (approach.equals("dynagen")) {
      Map<String, AttributeValue> item = WideSchema.INSTANCE.toItem(wide);
      return WideSchema.INSTANCE.fromItem(item);
    }
    if (approach.equals("handWritten")) {
      WideHandMapper mapper = new WideHandMapper();
      return mapper.fromItem(mapper.toItem(wide));
    }
    if (approach.equals("enhanced")) {
      TableSchema<Wide> schema = TableSchema.fromBean(Wide.class);
      return schema.mapToItem(schema.itemToMap(wide, true));
    }
    throw new IllegalArgumentException("Unknown approach: " + approach);
  }
}
