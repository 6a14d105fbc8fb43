package io.dynagen.bench.mapping;

/** The three ways of mapping that every measurement compares. */
public enum Approach {
  DYNAGEN("dynagen", "Dynagen"),
  HAND_WRITTEN("handWritten", "hand-written"),
  ENHANCED("enhanced", "Enhanced Client (fromBean)");

  private final String id;
  private final String label;

  Approach(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The name used in JMH parameters and on command lines. */
  public String id() {
    return id;
  }

  /** The name shown in BENCHMARKS.md. */
  public String label() {
    return label;
  }

  public static Approach ofId(String id) {
    for (Approach approach : values()) {
      if (approach.id.equals(id)) {
        return approach;
      }
    }
    throw new IllegalArgumentException("Unknown approach '" + id + "': use dynagen, handWritten or enhanced");
  }
}
