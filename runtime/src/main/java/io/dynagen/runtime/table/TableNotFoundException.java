package io.dynagen.runtime.table;

import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The table does not exist (or is not active yet) where the client sends requests. The AWS
 * exception is the cause.
 */
public final class TableNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The table that does not exist. */
  private final String tableName;

  /**
   * The table {@code tableName} was not found; {@code cause} is what the service said.
   *
   * @param tableName the table's name
   * @param cause DynamoDB's error
   */
  public TableNotFoundException(String tableName, ResourceNotFoundException cause) {
    super(
        "Table '" + tableName + "' does not exist in the account and region (or endpoint) the"
            + " client uses, or is still being created: create it first (createTable()), or check"
            + " the table name and the client's region",
        cause);
    this.tableName = tableName;
  }

  /** {@return the missing table's name} */
  public String tableName() {
    return tableName;
  }
}
