package io.dynagen.runtime.testing;

/**
 * The seed of a seeded property test: {@code -Ddynagen.seed=<n>} replays a run, else a new seed
 * each run. Tests put the seed in their failure messages.
 */
public final class Seeds {
  private Seeds() {}

  public static long seed() {
    String given = System.getProperty("dynagen.seed");
    return given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.trim());
  }
}
