package io.dynagen.runtime.table.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.batch.OfflineTables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Keys are equal exactly when DynamoDB treats them as the same item. */
class ItemKeyTest {
  private static ItemKey number(String n) {
    return ItemKey.of("t", Map.of("id", AttributeValue.fromN(n)), List.of("id"));
  }

  @Test
  void numbersCompareByValue() {
    assertEquals(number("1.5"), number("1.50"));
    assertEquals(number("1.5"), number("15E-1"));
    assertEquals(number("1.5").hashCode(), number("0001.500").hashCode());
    assertEquals(number("0"), number("0.000"));
    assertEquals(number("100"), number("1E+2"));
    assertNotEquals(number("1.5"), number("1.51"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> number("12abc"));
    assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("not a number"), e.getMessage());
  }

  @Test
  void typesTablesAndSortKeysTell() {
    ItemKey string = ItemKey.of("t", Map.of("id", AttributeValue.fromS("1")), List.of("id"));
    assertNotEquals(number("1"), string);
    assertNotEquals(string, ItemKey.of("other", Map.of("id", AttributeValue.fromS("1")), List.of("id")));
    ItemKey binary = ItemKey.of("t", Map.of("id", AttributeValue.fromB(SdkBytes.fromUtf8String("1"))), List.of("id"));
    assertEquals(binary, ItemKey.of("t", Map.of("id", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {'1'}))), List.of("id")));
    assertNotEquals(string, binary);
    List<String> both = List.of("username", "last_name");
    assertNotEquals(
        ItemKey.of("t", OfflineTables.key("a", "b"), both), ItemKey.of("t", OfflineTables.key("a", "c"), both));
    assertEquals(ItemKey.of("t", OfflineTables.key("a", "b"), both), ItemKey.of("t", OfflineTables.key("a", "b"), both));
  }

  @Test
  void aRequestedKeyMustHaveTheTypeTheTableDeclares() {
    Map<String, AttributeValue> numeric =
        Map.of("username", AttributeValue.fromN("1"), "last_name", AttributeValue.fromS("x"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ItemKey.ofRequest(TableInternals.operations(OfflineTables.USERS), numeric));
    assertTrue(e.getMessage().contains("'username'") && e.getMessage().contains("declares it S"), e.getMessage());
  }
}
