package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The sizes of AWS's documented rules ("Item sizes and formats"). */
class ItemSizeTest {

  @Test
  void scalars() {
    assertEquals(3 + 5, ItemSize.of(Map.of("abc", AttributeValue.fromS("héllo".replace("é", "e")))));
    assertEquals(2, ItemSize.of(AttributeValue.fromS("é")));
    assertEquals(4, ItemSize.of(AttributeValue.fromS("😀")));
    assertEquals(3, ItemSize.of(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3]))));
    assertEquals(1, ItemSize.of(AttributeValue.fromBool(true)));
    assertEquals(1, ItemSize.of(AttributeValue.fromNul(true)));
  }

  @Test
  void numbersCountDigitPairsAlignedOnThePointPlusOnePlusOneIfNegative() {
    // ItemSizeVersusServiceTest checks this rule against DynamoDB Local near the 400 KB limit.
    assertEquals(1, ItemSize.numberSize("0"));
    assertEquals(2, ItemSize.numberSize("7"));
    assertEquals(2, ItemSize.numberSize("25"));
    assertEquals(3, ItemSize.numberSize("123"));
    assertEquals(3, ItemSize.numberSize("-1000"));
    assertEquals(3, ItemSize.numberSize("1.5"));
    assertEquals(2, ItemSize.numberSize("0.15"));
    assertEquals(3, ItemSize.numberSize("0.00123"));
    assertEquals(4, ItemSize.numberSize("1.234E+10"));
    assertEquals(4, ItemSize.numberSize("-10.01"));
    assertEquals(20, ItemSize.numberSize("12345678901234567890123456789012345678"));
  }

  @Test
  void collections() {
    assertEquals(3, ItemSize.of(AttributeValue.fromL(List.of())));
    assertEquals(3 + (1 + 1) + (1 + 2), ItemSize.of(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("12")))));
    assertEquals(3 + 1 + 4 + 2, ItemSize.of(AttributeValue.fromM(Map.of("city", AttributeValue.fromS("LA")))));
    assertEquals(2 + 3, ItemSize.of(AttributeValue.fromSs(List.of("ab", "cde"))));
    assertEquals(2 + 2, ItemSize.of(AttributeValue.fromNs(List.of("1", "22"))));
  }
}
