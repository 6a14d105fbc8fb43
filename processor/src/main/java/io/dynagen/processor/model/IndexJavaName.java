package io.dynagen.processor.model;

/**
 * The Java name an index is reached by in the generated table accessor: {@code by-status} gives
 * {@code ByStatus}, hence {@code ByStatusIndex} and {@code byStatusIndex()}. Shared by the rule
 * that two indexes may not get the same name and by the writer that uses it.
 */
public final class IndexJavaName {
  private IndexJavaName() {}

  /** The upper camel case of an index name, starting with a letter. */
  public static String of(String indexName) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : indexName.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, "Index");
    }
    return out.toString();
  }
}
