package io.dynagen.processor.check;

import io.dynagen.processor.model.MappedClass;
import java.util.regex.Pattern;

/** How names appear in messages, and DynamoDB's rule for table and index names. */
final class Names {
  /** DynamoDB's rule for table and index names. */
  private static final Pattern TABLE_OR_INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private Names() {}

  static String simpleName(MappedClass model) {
    return model.element().getSimpleName().toString();
  }

  /** {@code io.dynagen.annotations.SortKey} → {@code SortKey}. */
  static String simpleAnnotationName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Why DynamoDB would reject {@code name} as a table or index name, or null if it is valid. */
  static String tableOrIndexNameProblem(String name) {
    if (TABLE_OR_INDEX_NAME.matcher(name).matches()) {
      return null;
    }
    return name.length() < 3 ? "it is shorter than 3 characters"
        : name.length() > 255 ? "it is longer than 255 characters"
        : "it contains characters other than a-z, A-Z, 0-9, '_', '-' and '.'";
  }
}
