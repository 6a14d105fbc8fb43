package io.dynagen.runtime.table.admin;

import io.dynagen.runtime.table.Tables;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How the table names declared in {@code @Table(name = ...)} become the names of real tables,
 * said once for a whole application: {@code TableNames.prefix("prod-")} turns {@code users} into
 * {@code prod-users}; {@code TableNames.of(name -> ...)} maps names with any function. Give it to
 * every generated table through {@link Tables} (or {@code XTable.create(client, names)}); batches
 * and transactions then use the resolved names of the tables they are given.
 *
 * <p>A resolved name is checked against DynamoDB's rules (3 to 255 characters among {@code
 * a-z A-Z 0-9 _ - .}) when a table is created from it, so a bad prefix fails at start-up naming
 * both names, not at the first request.
 */
@FunctionalInterface
public interface TableNames {

  /**
   * {@return the name of the real table for the table declared as {@code declaredName}}
   *
   * @param declaredName the name the schema declares
   */
  String resolve(String declaredName);

  /** {@return the declared names as they are} */
  static TableNames asDeclared() {
    return declaredName -> declaredName;
  }

  /**
   * {@return every declared name behind {@code prefix}: {@code prefix("prod-")} makes {@code users}
   * {@code prod-users}}
   *
   * @param prefix what goes before every name
   */
  static TableNames prefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return declaredName -> prefix + declaredName;
  }

  /**
   * Names mapped by {@code mapping}, given the declared name.
   *
   * @param mapping from the declared name to the real name
   * @return the names
   */
  static TableNames of(UnaryOperator<String> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return mapping::apply;
  }
}
