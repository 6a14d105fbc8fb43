package io.dynagen.runtime.testing;

/**
 * Java source text with its comments blanked out, so that a scan for forbidden names finds
 * code only, not a javadoc that says "no {@code java.lang.reflect} here".
 *
 * <p>Comments become spaces and their line breaks stay, so line numbers and columns are those
 * of the original file. String, character and text-block literals are kept as they are: a
 * class name in a string is exactly what reflective code would pass around.
 */
public final class JavaSourceText {
  private JavaSourceText() {}

  /** The source with every {@code //} and {@code /* *}{@code /} comment replaced by spaces. */
  public static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
        blank(source, i, end, out);
        i = end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int close = source.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        blank(source, i, end, out);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = endOfLiteral(source, i + 3, "\"\"\"");
        out.append(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = endOfLiteral(source, i + 1, String.valueOf(c));
        out.append(source, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index just past the closing delimiter, skipping backslash escapes. */
  private static int endOfLiteral(String source, int from, String delimiter) {
    int i = from;
    while (i < source.length()) {
      if (source.charAt(i) == '\\') {
        i += 2;
      } else if (source.startsWith(delimiter, i)) {
        return i + delimiter.length();
      } else {
        i++;
      }
    }
    return source.length();
  }

  private static void blank(String source, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      out.append(c == '\n' || c == '\r' ? c : ' ');
    }
  }
}
