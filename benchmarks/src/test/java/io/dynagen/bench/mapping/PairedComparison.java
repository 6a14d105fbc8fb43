package io.dynagen.bench.mapping;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dynagen against the careful hand-written mapper in one JVM, in alternating slices of 100 ms,
 * the ratio taken per pair of slices, so that load from other processes hits both alike: for a
 * loaded machine, where JMH forks taken one after the other are not comparable. Each slice is
 * timed twice: by the wall clock, and by the measuring thread's own CPU time, which leaves out the
 * time the thread waited for a core (most of the noise on a loaded machine). Not part of
 * run.sh. Usage: {@code PairedComparison <users|wide|list|nested|collection> <slices>}: {@code
 * collection} compares the readers of the shop's 100-item collection.
 */
public final class PairedComparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long sink;

  private PairedComparison() {}

  public static void main(String[] args) {
    int slices = Integer.parseInt(args[1]);
    if (args[0].equals("collection")) {
      CollectionCheck.requireAgreement();
      List<Map<String, AttributeValue>> items = ShopItems.of(ShopSamples.collection());
      CollectionReader dynagen = ShopReaders.of(Approach.DYNAGEN);
      CollectionReader careful = ShopReaders.of(Approach.CAREFUL);
      compare("collection read", slices,
          () -> System.identityHashCode(dynagen.read(items)), () -> System.identityHashCode(careful.read(items)));
      System.out.println("(checksum " + sink + ")");
      return;
    }
    BenchModel model = BenchModel.ofId(args[0]);
    Object object = model.sample();
    Map<String, AttributeValue> item = model.mapper(Approach.HAND_WRITTEN).toItem(object);
    ItemMapper<Object> dynagen = model.mapper(Approach.DYNAGEN);
    ItemMapper<Object> careful = model.mapper(Approach.CAREFUL);
    compare(model.id() + " write", slices, () -> dynagen.toItem(object).size(), () -> careful.toItem(object).size());
    compare(model.id() + " read", slices,
        () -> System.identityHashCode(dynagen.fromItem(item)), () -> System.identityHashCode(careful.fromItem(item)));
    // Uses the sink, so that the JIT cannot drop the mapping as unused.
    System.out.println("(checksum " + sink + ")");
  }

  /** Warms both up, then times them in alternating slices and prints the medians and their ratio. */
  private static void compare(String what, int slices, LongSupplier dynagen, LongSupplier careful) {
    for (int i = 0; i < 3; i++) {
      slice(dynagen, 500);
      slice(careful, 500);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    List<Double> dCpu = new ArrayList<>();
    List<Double> cCpu = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      double[] nd = slice(dynagen, 100);
      double[] nc = slice(careful, 100);
      d.add(nd[0]);
      c.add(nc[0]);
      dCpu.add(nd[1]);
      cCpu.add(nc[1]);
      ratios.add(nd[0] / nc[0]);
      cpuRatios.add(nd[1] / nc[1]);
    }
    System.out.printf("%s: dynagen %.0f ns, careful %.0f ns, ratio median %.3f; CPU time: dynagen %.0f ns,"
        + " careful %.0f ns, ratio median %.3f (quartiles %.3f-%.3f) (slices %d)%n",
        what, median(d), median(c), median(ratios), median(dCpu), median(cCpu), median(cpuRatios),
        quantile(cpuRatios, 0.25), quantile(cpuRatios, 0.75), slices);
  }

  /** Runs the operation for about {@code millis} ms; returns wall and thread CPU nanoseconds per operation. */
  private static double[] slice(LongSupplier operation, long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long ops = 0;
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        sink += operation.getAsLong();
      }
      ops += 64;
      now = System.nanoTime();
    } while (now < end);
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    return new double[] {(double) (now - start) / ops, (double) cpu / ops};
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) (q * (sorted.size() - 1)));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
