package io.dynagen.example.review18;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * What docs/encoding.md says of numbers: Dynagen sends a BigDecimal's exact text, and DynamoDB keeps
 * the number, not the text: {@code 12.50} comes back as {@code 12.5}, equal by compareTo only.
 */
class StoredNumbersTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static LedgerTable ledger;

  @BeforeAll
  static void createTable() {
    ledger = LedgerTable.create(CLIENT, LocalDynamoDb.uniqueTableName("review18_ledger"));
    ledger.createTable();
  }

  @AfterAll
  static void deleteTable() {
    ledger.deleteTable();
  }

  @Test
  void aBigDecimalComesBackAsTheNumberNotTheTextItWasWrittenIn() {
    ledger.put(new Ledger("ann", 1, new BigDecimal("12.50")));

    String stored = CLIENT.getItem(GetItemRequest.builder().tableName(ledger.tableName())
        .key(ledger.key("ann", 1)).build()).item().get("amount").n();
    BigDecimal read = ledger.get("ann", 1).orElseThrow().amount();

    assertEquals("12.5", stored);
    assertEquals(new BigDecimal("12.5"), read);
    assertNotEquals(new BigDecimal("12.50"), read);
    assertEquals(0, new BigDecimal("12.50").compareTo(read));
  }
}
