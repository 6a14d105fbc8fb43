package io.dynagen.bench.mapping;

/** The ways of mapping that the measurements compare. */
public enum Approach implements Named {
  DYNAGEN("dynagen", "Dynagen"),
  HAND_WRITTEN("handWritten", "hand-written"),
  /** Hand-written with care for speed: createS, direct timestamp readers, no hasM(). */
  CAREFUL("careful", "careful hand-written"),
  ENHANCED("enhanced", "Enhanced Client (fromBean)");

  private final String id;
  private final String label;

  Approach(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The mappers cold starts compare: a careful mapper starts as a typical one does (both are a
   * class of plain code).
   */
  public static java.util.List<Approach> coldStartApproaches() {
    return java.util.List.of(DYNAGEN, HAND_WRITTEN, ENHANCED);
  }

  public static Approach ofId(String id) {
    return Named.byId(values(), id);
  }
}
