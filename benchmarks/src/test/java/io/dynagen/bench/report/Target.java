package io.dynagen.bench.report;

/** One target of the issue, with what this run measured for it. */
public record Target(String what, String measured, String goal, Verdict verdict) {

  /** Whether the run met the target. */
  public enum Verdict {
    MET("yes"),
    MISSED("**no**"),
    NOT_RUN("not run");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Verdict of(boolean met) {
      return met ? MET : MISSED;
    }
  }
}
