package io.dynagen.bench.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dynagen against the careful hand-written mapper in one JVM, in alternating slices of 100 ms,
 * the ratio taken per pair of slices, so that load from other processes hits both alike: for a
 * loaded machine, where JMH forks taken one after the other are not comparable. Not part of
 * run.sh. Usage: {@code PairedComparison <users|wide|list|nested> <slices>}.
 */
public final class PairedComparison {
  private static long sink;

  private PairedComparison() {}

  public static void main(String[] args) {
    BenchModel model = BenchModel.ofId(args[0]);
    int slices = Integer.parseInt(args[1]);
    Object object = model.sample();
    Map<String, AttributeValue> item = model.mapper(Approach.HAND_WRITTEN).toItem(object);
    ItemMapper<Object> dynagen = model.mapper(Approach.DYNAGEN);
    ItemMapper<Object> careful = model.mapper(Approach.CAREFUL);
    for (String op : new String[] {"write", "read"}) {
      boolean write = op.equals("write");
      for (int i = 0; i < 3; i++) {
        slice(dynagen, write, object, item, 500);
        slice(careful, write, object, item, 500);
      }
      List<Double> ratios = new ArrayList<>();
      List<Double> d = new ArrayList<>();
      List<Double> c = new ArrayList<>();
      for (int i = 0; i < slices; i++) {
        double nd = slice(dynagen, write, object, item, 100);
        double nc = slice(careful, write, object, item, 100);
        d.add(nd);
        c.add(nc);
        ratios.add(nd / nc);
      }
      System.out.printf("%s %s: dynagen %.0f ns, careful %.0f ns, ratio median %.3f (slices %d)%n",
          model.id(), op, median(d), median(c), median(ratios), slices);
    }
    // Uses the sink, so that the JIT cannot drop the mapping as unused.
    System.out.println("(checksum " + sink + ")");
  }

  private static double slice(
      ItemMapper<Object> mapper, boolean write, Object object, Map<String, AttributeValue> item, long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long ops = 0;
    long start = System.nanoTime();
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        sink += write ? mapper.toItem(object).size() : System.identityHashCode(mapper.fromItem(item));
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
