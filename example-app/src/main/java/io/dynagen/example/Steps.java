package io.dynagen.example;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a walk-through as numbered steps, each followed by indented lines of what it did. */
final class Steps {
  private final PrintStream out;
  private int step;

  Steps(PrintStream out) {
    this.out = out;
  }

  /** A blank line, then the next step's number and title. */
  void step(String title) {
    step++;
    out.println();
    out.println(step + ". " + title);
  }

  /** One indented line of the current step. */
  void say(String format, Object... args) {
    out.println("   " + String.format(Locale.ROOT, format, args));
  }
}
