package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorTest {

  @Test
  void aCursorOfAnotherTableIsRejectedNamingTheMissingKey() {
    String cursor = PageCursor.encode(Map.of("id", AttributeValue.fromS("x")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(cursor, List.of("username"), "query of table 'users'"));
    assertTrue(e.getMessage().contains("'username'"), e.getMessage());
  }

  @Test
  void aTamperedCursorIsRejected() {
    String cursor = PageCursor.encode(Map.of("id", AttributeValue.fromS("x")));
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(cursor.substring(0, cursor.length() - 2), List.of("id"), "t"));
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("not a cursor!", List.of("id"), "t"));
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("", List.of("id"), "t"));
  }
}
