package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.internal.KeyShape;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a query's filter that names a key of what the query reads: DynamoDB answers such a
 * request with a bare 400 ("Filter Expression can only contain non-primary key attributes"), so
 * Dynagen says it before sending, with what to write instead. The other keys (the table's, in a
 * query of an index) may be filtered on, as DynamoDB allows.
 */
final class QueryFilterKeys {
  /** A top-level attribute of the filter: a name placeholder not preceded by a dot (a nested path's segment is). */
  private static final Pattern TOP_LEVEL_NAME = Pattern.compile("(?<![.\\w#])#n\\d+(?!\\d)");

  private QueryFilterKeys() {}

  /**
   * Checks the rendered filter of a query.
   *
   * @param filterExpression the filter as rendered, or {@code null} for none
   * @param placeholders the request's placeholders, which the filter was rendered with
   * @param keys the keys the query goes by
   * @param description what is read, as {@code query of table 'books'}
   * @throws IllegalArgumentException if the filter names the partition or sort key of what is read
   */
  static void check(String filterExpression, Placeholders placeholders, KeyShape keys, String description) {
    if (filterExpression == null) {
      return;
    }
    Matcher names = TOP_LEVEL_NAME.matcher(filterExpression);
    while (names.find()) {
      String name = placeholders.names().get(names.group());
      if (name == null) {
        continue;
      }
      if (name.equals(keys.partitionKey())) {
        throw new IllegalArgumentException("The filter of " + description + " names '" + name
            + "', its partition key: DynamoDB takes no key attribute of what a query reads in its filter;"
            + " the query already reads one value of it, so leave it out of the filter");
      }
      if (name.equals(keys.sortKey())) {
        throw new IllegalArgumentException("The filter of " + description + " names '" + name
            + "', its sort key: DynamoDB takes no key attribute of what a query reads in its filter;"
            + " give the query a sort key condition instead (query(partition, SortKeyCondition.eq(...)),"
            + " beginsWith, between, ...), or for an OR of sort key values, one query per value");
      }
    }
  }
}
