package io.dynagen.runtime.testing;

import java.util.Random;

/**
 * The random source of an edge case: generators made with {@link Gen#withEdges} return one of
 * their edge values instead of a random one. Edge case {@code n} starts at edge value {@code n}
 * of the first generator drawn, so running as many edge cases as the longest list of edges
 * tries every edge value of every single-valued generator.
 */
final class EdgeRandom extends Random {
  private static final long serialVersionUID = 1L;

  private final int index;
  private int draws;
  private int widest;

  EdgeRandom(long seed, int index) {
    super(seed);
    this.index = index;
  }

  /** Which of {@code size} edge values this draw returns. */
  int pick(int size) {
    widest = Math.max(widest, size);
    return Math.floorMod(index + draws++, size);
  }

  /** The longest list of edges drawn from. */
  int widest() {
    return widest;
  }
}
