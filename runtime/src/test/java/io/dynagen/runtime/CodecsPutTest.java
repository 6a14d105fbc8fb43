package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one-statement puts of a generated {@code toItem} write what the two statements they replace
 * wrote ({@code if (x != null) item.put(name, <written x>)}), and leave out a null value and one
 * written as null.
 */
class CodecsPutTest {
  private final Map<String, AttributeValue> item = new HashMap<>();

  @Test
  void eachPutWritesWhatTheInlineFormWrote() {
    Instant instant = Instant.parse("2023-11-14T22:13:20Z");
    LocalDate date = LocalDate.of(2023, 11, 14);
    Codecs.putString(item, "s", "ann");
    Codecs.putNumber(item, "i", 42);
    Codecs.putNumber(item, "l", -7L);
    Codecs.putNumber(item, "bd", new BigDecimal("12.50"));
    Codecs.putNumber(item, "bi", new BigInteger("123456789012345678901234567890"));
    Codecs.putBoolean(item, "b", Boolean.TRUE);
    Codecs.putEnum(item, "e", Month.MAY);
    Codecs.putInstant(item, "t", instant);
    Codecs.putLocalDate(item, "d", date);
    Codecs.putStringSet(item, "ss", Set.of("x"));
    Codecs.putNumberSet(item, "ns", Set.of(3));
    ScalarCodecs.StringCodec.LIST.put(item, "list", List.of("a", "b"));

    assertEquals(AttributeValue.createS("ann"), item.get("s"));
    assertEquals(AttributeValue.createN(Integer.toString(42)), item.get("i"));
    assertEquals(AttributeValue.createN(Long.toString(-7L)), item.get("l"));
    assertEquals(AttributeValue.createN("12.50"), item.get("bd"));
    assertEquals(AttributeValue.createN("123456789012345678901234567890"), item.get("bi"));
    assertEquals(AttributeValue.createBool(true), item.get("b"));
    assertEquals(AttributeValue.createS("MAY"), item.get("e"));
    assertEquals(Codecs.fromInstant(instant, "t"), item.get("t"));
    assertEquals(Codecs.fromLocalDate(date, "d"), item.get("d"));
    assertEquals(Codecs.fromStringSet(Set.of("x"), "ss"), item.get("ss"));
    assertEquals(Codecs.fromNumberSet(Set.of(3), "ns"), item.get("ns"));
    assertEquals(ScalarCodecs.StringCodec.LIST.write(List.of("a", "b"), "list"), item.get("list"));
  }

  @Test
  void aNullValueIsLeftOut() {
    Codecs.putString(item, "s", null);
    Codecs.putNumber(item, "n", null);
    Codecs.putBoolean(item, "b", null);
    Codecs.putEnum(item, "e", null);
    Codecs.putInstant(item, "t", null);
    Codecs.putLocalDate(item, "d", null);
    Codecs.putStringSet(item, "ss", null);
    Codecs.putNumberSet(item, "ns", null);
    ScalarCodecs.StringCodec.LIST.put(item, "list", null);
    assertEquals(Map.of(), item);
  }

  @Test
  void aValueWrittenAsNullIsLeftOut() {
    Codecs.putStringSet(item, "ss", Set.of());
    Codecs.putNumberSet(item, "ns", Set.of());
    new OptionalCodec<String>(ScalarCodecs.StringCodec.INSTANCE).put(item, "o", Optional.empty());
    assertFalse(item.containsKey("ss") || item.containsKey("ns") || item.containsKey("o"));
  }

  @Test
  void theWritersChecksStillApply() {
    Instant beyondYear9999 = Instant.parse("+10000-01-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> Codecs.putInstant(item, "t", beyondYear9999));
    assertFalse(item.containsKey("t"));
  }
}
