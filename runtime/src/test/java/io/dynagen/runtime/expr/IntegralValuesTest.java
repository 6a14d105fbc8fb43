package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.AttributeConverter;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Java integer values given for number attributes and sort keys of any Java number type. */
class IntegralValuesTest {
  private static final NumberPath<Long> ORDER_ID = new NumberPath<>(null, "orderId", Encoders.LONG);
  private static final NumberPath<Short> SMALL = new NumberPath<>(null, "small", Encoders.SHORT);

  @Test
  void anIntegerIsStoredInItsDecimalTextWhateverTheNumberType() {
    Rendered between = Rendered.of(ORDER_ID.between(1000, 2000));
    assertEquals(List.of("1000", "2000"), List.of(between.value(":v0").n(), between.value(":v1").n()));
    Placeholders placeholders = new Placeholders();
    String text = SortKeyCondition.<Long>between(1000, 2000).render("number", Encoders.LONG, placeholders);
    assertTrue(text.contains("BETWEEN"), text);
    assertEquals(List.of("1000", "2000"),
        placeholders.values().values().stream().map(AttributeValue::n).toList());
  }

  @Test
  void aComparisonMayGoBeyondTheTypeButAWriteMustFit() {
    assertEquals("70000", Rendered.of(SMALL.lt(70_000)).value(":v0").n());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SMALL.add(70_000));
    assertEquals("Value 70000 for 'small' does not fit its Java type short: it could not be read back;"
        + " use a value in the type's range", refused.getMessage());
  }

  @Test
  void anIntegerForAKeyStoredThroughAConverterIsRefusedWithTheFix() {
    AttributeConverter<Long> padded = new AttributeConverter<>() {
      @Override
      public AttributeValue toAttributeValue(Long value) {
        return AttributeValue.fromS(String.format("%010d", value));
      }

      @Override
      public Long fromAttributeValue(AttributeValue value) {
        return Long.valueOf(value.s());
      }
    };
    SortKeyCondition<Long> condition = SortKeyCondition.gt(5);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> condition.render("number", new ConverterEncoder<>(padded), new Placeholders()));
    assertTrue(refused.getMessage().contains("Long.valueOf(5)"), refused.getMessage());
    String typed = SortKeyCondition.gt(Long.valueOf(5))
        .render("number", new ConverterEncoder<>(padded), new Placeholders());
    assertTrue(typed.endsWith(":v0"), typed);
  }
}
