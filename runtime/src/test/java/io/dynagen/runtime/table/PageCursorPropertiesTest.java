package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorPropertiesTest {

  @Property
  void aCursorRoundTripsItsKey(@ForAll("keys") Map<String, AttributeValue> key) {
    String cursor = PageCursor.encode(key);
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    assertEquals(key, PageCursor.decode(cursor, key.keySet(), "a test"));
  }

  @Property
  void garbageIsAnIllegalArgument(@ForAll String garbage) {
    try {
      PageCursor.decode(garbage, List.of(), "a test");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("cursor"), expected.getMessage());
    }
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> keys() {
    Arbitrary<AttributeValue> s = Arbitraries.strings().ofMinLength(1).ofMaxLength(50).map(AttributeValue::fromS);
    Arbitrary<AttributeValue> n = Arbitraries.bigDecimals().map(d -> AttributeValue.fromN(d.toPlainString()));
    Arbitrary<AttributeValue> b =
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(30).map(bytes -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes)));
    Arbitrary<AttributeValue> value = Arbitraries.oneOf(s, n, b);
    Arbitrary<String> name = Arbitraries.strings().ofMinLength(1).ofMaxLength(20);
    return Combinators.combine(name.list().ofMinSize(1).ofMaxSize(4).uniqueElements(), value.list().ofSize(4))
        .as(
            (names, values) -> {
              Map<String, AttributeValue> key = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                key.put(names.get(i), values.get(i));
              }
              return key;
            });
  }
}
