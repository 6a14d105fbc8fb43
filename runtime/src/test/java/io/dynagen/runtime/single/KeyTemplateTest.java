package io.dynagen.runtime.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing, formatting, prefix matching and overlaps of key templates. */
class KeyTemplateTest {
  private static final KeyTemplate ORDER = KeyTemplate.parse("ORDER#{createdAt}#{orderId}");

  @Test
  void parsesLiteralsAndPlaceholders() {
    assertEquals(List.of("createdAt", "orderId"), ORDER.properties());
    assertEquals("ORDER#", ORDER.prefix());
    assertFalse(ORDER.isLiteral());
    assertTrue(KeyTemplate.parse("PROFILE").isLiteral());
  }

  @Test
  void formatsValuesAsKeyText() {
    assertEquals("ORDER#2026-11-30T10:15:30.000000000Z#o#1",
        ORDER.format("Order", Instant.parse("2026-11-30T10:15:30Z"), "o#1"));
  }

  @Test
  void aValueHoldingItsSeparatorIsRefused() {
    KeyTemplate line = KeyTemplate.parse("LINE#{orderId}#{lineNo}");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> line.format("OrderLine", "o#1", 2));
    assertTrue(refused.getMessage().contains("Property 'orderId' of OrderLine"), refused.getMessage());
  }

  @Test
  void aNullValueIsRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> ORDER.format("Order", null, "o-1"));
    assertTrue(refused.getMessage().contains("'createdAt' of Order is null"), refused.getMessage());
  }

  @Test
  void malformedTemplatesAreRefused() {
    for (String text : List.of("", "A#{", "A#}", "A#{}", "{a}{b}")) {
      assertThrows(IllegalArgumentException.class, () -> KeyTemplate.parse(text), text);
    }
  }

  @Test
  void matchesAndOverlapsGoByLiteralPrefixes() {
    KeyTemplate profile = KeyTemplate.parse("PROFILE");
    assertTrue(profile.matches("PROFILE"));
    assertFalse(profile.matches("PROFILE#2"));
    assertTrue(ORDER.matches("ORDER#x"));
    assertFalse(ORDER.overlaps(profile));
    assertTrue(KeyTemplate.parse("PRO{x}").overlaps(profile));
    assertTrue(KeyTemplate.parse("ORDER#RETURN#{x}").overlaps(ORDER));
    assertFalse(KeyTemplate.parse("LINE#{x}").overlaps(ORDER));
  }
}
