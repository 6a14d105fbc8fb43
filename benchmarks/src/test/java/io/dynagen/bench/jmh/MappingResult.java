package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.mapping.Named;
import io.dynagen.bench.report.Stats;

/**
 * One mapping measurement: time per operation in nanoseconds and bytes allocated per operation
 * (JMH's {@code -prof gc} {@code gc.alloc.rate.norm}), over every measured iteration of every
 * round.
 */
public record MappingResult(
    BenchModel model, Approach approach, Operation operation, Stats nanos, Stats bytes) implements Measured {

  /** What is measured: object to item, or item to object. */
  public enum Operation implements Named {
    WRITE("write", "write (object → item)"),
    READ("read", "read (item → object)");

    private final String id;
    private final String label;

    Operation(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** The name of the {@link MappingBenchmark} method that measures it. */
    @Override
    public String id() {
      return id;
    }

    @Override
    public String label() {
      return label;
    }

    public static Operation ofMethod(String method) {
      return Named.byId(values(), method);
    }
  }
}
