package io.dynagen.bench.report;

import java.util.Locale;

/** Number formats shared by the report's tables and targets. */
final class Format {
  private Format() {}

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** A median and its range, such as {@code 412 (398–450)}. */
  static String withRange(Stats stats, int decimals) {
    return number(stats.median(), decimals) + " (" + number(stats.min(), decimals) + "–"
        + number(stats.max(), decimals) + ")";
  }
}
