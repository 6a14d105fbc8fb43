package io.dynagen.processor.check;

import java.util.Locale;

/**
 * Whether two index names are close enough that one is likely a typo of the other: one edit
 * (an insertion, a deletion, a substitution or two swapped neighbours, ignoring case), or two
 * for names of ten characters or more. Distinct real names such as {@code by-owner} and
 * {@code by-order} (two edits, eight characters) are not close.
 */
final class IndexNameDistance {
  private IndexNameDistance() {}

  static boolean isClose(String a, String b) {
    int allowed = Math.min(a.length(), b.length()) >= 10 ? 2 : 1;
    return Math.abs(a.length() - b.length()) <= allowed
        && distance(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)) <= allowed;
  }

  /** The optimal string alignment distance (Levenshtein with transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
