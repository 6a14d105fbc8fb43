package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.report.Stats;

/**
 * One mapping measurement: time per operation in nanoseconds and bytes allocated per operation
 * (JMH's {@code -prof gc} {@code gc.alloc.rate.norm}), over every measured iteration of every
 * round.
 */
public record MappingResult(
    BenchModel model, Approach approach, Operation operation, Stats nanos, Stats bytes) {

  /** What is measured: object to item, or item to object. */
  public enum Operation {
    WRITE("write", "write (object → item)"),
    READ("read", "read (item → object)");

    private final String method;
    private final String label;

    Operation(String method, String label) {
      this.method = method;
      this.label = label;
    }

    /** The {@link MappingBenchmark} method that measures it. */
    public String method() {
      return method;
    }

    public String label() {
      return label;
    }

    public static Operation ofMethod(String method) {
      for (Operation operation : values()) {
        if (operation.method.equals(method)) {
          return operation;
        }
      }
      throw new IllegalArgumentException("No operation for benchmark method " + method);
    }
  }
}
