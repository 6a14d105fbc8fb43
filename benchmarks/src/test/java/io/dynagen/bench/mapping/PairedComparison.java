package io.dynagen.bench.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dynagen against the careful hand-written mapper in one JVM, in alternating slices of 100 ms,
 * the ratio taken per pair of slices, so that load from other processes hits both alike: for a
 * loaded machine, where JMH forks taken one after the other are not comparable. Not part of
 * run.sh. Usage: {@code PairedComparison <users|wide|list|nested|collection> <slices>}: {@code
 * collection} compares the readers of the shop's 100-item collection.
 */
public final class PairedComparison {
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
    List<Double> d = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      double nd = slice(dynagen, 100);
      double nc = slice(careful, 100);
      d.add(nd);
      c.add(nc);
      ratios.add(nd / nc);
    }
    System.out.printf("%s: dynagen %.0f ns, careful %.0f ns, ratio median %.3f (slices %d)%n",
        what, median(d), median(c), median(ratios), slices);
  }

  private static double slice(LongSupplier operation, long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long ops = 0;
    long start = System.nanoTime();
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        sink += operation.getAsLong();
      }
      ops += 64;
      now = System.nanoTime();
    } while (now < end);
    return (double) (now - start) / ops;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
