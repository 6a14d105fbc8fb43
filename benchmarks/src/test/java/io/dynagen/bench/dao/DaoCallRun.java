package io.dynagen.bench.dao;

import io.dynagen.bench.report.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The calls of {@link DaoCallBenchmark}, the DAO's against the table's, in one JVM in alternating
 * slices of 100 ms (which goes first alternates too), the ratio taken per pair of slices, so that
 * load from other processes hits both alike: on a loaded machine JMH forks taken one after the
 * other are not comparable (as {@code PairedComparison} does for mappers). Prints a Markdown
 * table for BENCHMARKS.md. Not part of run.sh.
 *
 * <p>{@code java -cp benchmarks/target/test-classes:$(cat benchmarks/target/benchmark-classpath.txt)
 * io.dynagen.bench.dao.DaoCallRun [pairs]} (default 60), after {@code mvn -pl benchmarks -am
 * package -DskipTests}.
 */
public final class DaoCallRun {
  private static long sink;

  private DaoCallRun() {}

  private record Call(String name, Supplier<Object> table, Supplier<Object> dao) {}

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    DaoCallBenchmark calls = new DaoCallBenchmark();
    calls.setUp();
    List<Call> all = List.of(
        new Call("get by key (GetItem)", calls::tableGet, calls::daoGet),
        new Call("query of a partition, 10 items, into a List", calls::tableQuery, calls::daoQuery),
        new Call("the same query projected into a record", calls::tableProjection, calls::daoProjection));
    System.out.println("| call | generated table, ns (median, min–max) | DAO, ns (median, min–max) | DAO / table, median of "
        + pairs + " pairs (min–max) |");
    System.out.println("|---|---|---|---|");
    for (Call call : all) {
      for (int i = 0; i < 3; i++) {
        slice(call.table(), 500);
        slice(call.dao(), 500);
      }
      List<Double> table = new ArrayList<>();
      List<Double> dao = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        boolean daoFirst = i % 2 == 1;
        double first = slice(daoFirst ? call.dao() : call.table(), 100);
        double second = slice(daoFirst ? call.table() : call.dao(), 100);
        double t = daoFirst ? second : first;
        double d = daoFirst ? first : second;
        table.add(t);
        dao.add(d);
        ratios.add(d / t);
      }
      Stats t = Stats.of(table);
      Stats d = Stats.of(dao);
      Stats r = Stats.of(ratios);
      System.out.printf("| %s | %,.0f (%,.0f–%,.0f) | %,.0f (%,.0f–%,.0f) | %.2f× (%.2f–%.2f) |%n", call.name(),
          t.median(), t.min(), t.max(), d.median(), d.min(), d.max(), r.median(), r.min(), r.max());
    }
    // Uses the sink, so that the JIT cannot drop the calls as unused.
    System.out.println("(checksum " + sink + ")");
  }

  /** Nanoseconds per call, calling for {@code millis}. */
  private static double slice(Supplier<Object> call, long millis) {
    long start = System.nanoTime();
    long end = start + millis * 1_000_000;
    long calls = 0;
    long now;
    do {
      for (int i = 0; i < 16; i++) {
        sink += System.identityHashCode(call.get());
      }
      calls += 16;
      now = System.nanoTime();
    } while (now < end);
    return (double) (now - start) / calls;
  }
}
