package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.table.admin.TableNames;
import java.util.regex.Pattern;

/** Resolves a declared table name through {@link TableNames} and checks the result. */
public final class TableNameRule {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.\\-]{3,255}");

  private TableNameRule() {}

  /**
   * The resolved name of {@code declaredName}.
   *
   * @throws IllegalArgumentException if it is null or not a valid DynamoDB table name
   */
  public static String resolve(TableNames names, String declaredName) {
    String resolved = names.resolve(declaredName);
    if (resolved == null || !TABLE_NAME.matcher(resolved).matches()) {
      throw new IllegalArgumentException(
          "Table names resolve '" + declaredName + "' to "
              + (resolved == null ? "null" : "'" + resolved + "'")
              + ", which is not a DynamoDB table name: a name has 3 to 255 characters among"
              + " a-z, A-Z, 0-9, '_', '-' and '.'; fix the prefix or the mapping function");
    }
    return resolved;
  }
}
