package io.dynagen.bench.mapping;

/** The three ways of mapping that every measurement compares. */
public enum Approach implements Named {
  DYNAGEN("dynagen", "Dynagen"),
  HAND_WRITTEN("handWritten", "hand-written"),
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

  public static Approach ofId(String id) {
    return Named.byId(values(), id);
  }
}
