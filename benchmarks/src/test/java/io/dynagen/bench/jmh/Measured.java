package io.dynagen.bench.jmh;

import io.dynagen.bench.report.Stats;

/** A JMH measurement: time and bytes allocated per operation. */
public interface Measured {
  Stats nanos();

  Stats bytes();
}
