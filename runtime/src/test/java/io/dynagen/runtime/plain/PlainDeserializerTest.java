package io.dynagen.runtime.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.MappingException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PlainDeserializerTest {

  private static Object read(AttributeValue value) {
    return PlainDeserializer.fromAttributeValue(value);
  }

  @Test
  void scalars() {
    assertEquals("hello", read(AttributeValue.fromS("hello")));
    assertEquals(Boolean.FALSE, read(AttributeValue.fromBool(false)));
    assertNull(read(AttributeValue.fromNul(true)));
    assertNull(read(null));
    assertEquals(SdkBytes.fromUtf8String("hi"), read(AttributeValue.fromB(SdkBytes.fromUtf8String("hi"))));
  }

  @Test
  void numbersAreExactBigDecimals() {
    BigDecimal read = (BigDecimal) read(AttributeValue.fromN("123.4500"));

    assertEquals(new BigDecimal("123.4500"), read);
    assertEquals(4, read.scale());
    assertEquals(new BigDecimal("12345678901234567890123456789012345678"),
        read(AttributeValue.fromN("12345678901234567890123456789012345678")));
    assertEquals(new BigDecimal("1E-130"), read(AttributeValue.fromN("1E-130")));
  }

  @Test
  void sets() {
    assertEquals(new LinkedHashSet<>(List.of("b", "a")), read(AttributeValue.fromSs(List.of("b", "a"))));
    assertEquals(Set.of(new BigDecimal("1"), new BigDecimal("2.50")), read(AttributeValue.fromNs(List.of("1", "2.50"))));
    assertEquals(Set.of(SdkBytes.fromUtf8String("x")), read(AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x")))));
    assertInstanceOf(LinkedHashSet.class, read(AttributeValue.fromSs(List.of("a"))));
  }

  @Test
  void listsAndMapsKeepTheirOrder() {
    Map<String, AttributeValue> stored = new LinkedHashMap<>();
    stored.put("z", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromNul(true))));
    stored.put("a", AttributeValue.fromN("1"));

    Object read = read(AttributeValue.fromM(stored));

    assertInstanceOf(LinkedHashMap.class, read);
    Map<?, ?> map = (Map<?, ?>) read;
    assertEquals(List.of("z", "a"), List.copyOf(map.keySet()));
    assertEquals(Arrays.asList("x", null), map.get("z"));
  }

  @Test
  void wholeItemsKeepNullAttributes() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("username", AttributeValue.fromS("johndoe"));
    item.put("nickname", AttributeValue.fromNul(true));

    Map<String, Object> read = PlainDeserializer.fromItem(item);

    assertEquals(List.of("username", "nickname"), List.copyOf(read.keySet()));
    assertTrue(read.containsKey("nickname"));
    assertNull(read.get("nickname"));
  }

  @Test
  void aNumberThatIsNotOneNamesItsPath() {
    Map<String, AttributeValue> item = Map.of("address", AttributeValue.fromM(Map.of(
        "zipcodes", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromN("12a"))))));

    MappingException e = assertThrows(MappingException.class, () -> PlainDeserializer.fromItem(item));

    assertEquals("address.zipcodes[1]", e.path());
    assertTrue(e.foundType().contains("12a"), e.foundType());
  }

  @Test
  void aNumberSetElementThatIsNotANumberNamesItsIndex() {
    MappingException e = assertThrows(MappingException.class,
        () -> PlainDeserializer.fromItem(Map.of("ns", AttributeValue.fromNs(List.of("1", "x")))));

    assertEquals("ns[1]", e.path());
  }

  @Test
  void anAttributeValueOfNoKnownTypeIsAMappingException() {
    MappingException e = assertThrows(MappingException.class,
        () -> PlainDeserializer.fromItem(Map.of("odd", AttributeValue.builder().build())));

    assertEquals("odd", e.path());
  }
}
