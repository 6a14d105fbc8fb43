package io.dynagen.example.model;

import io.dynagen.runtime.AttributeConverter;
import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores {@link Money} as one string, {@code "12.50 EUR"}. */
public final class MoneyConverter implements AttributeConverter<Money> {
  @Override
  public AttributeValue toAttributeValue(Money value) {
    return AttributeValue.fromS(value.amount().toPlainString() + " " + value.currency());
  }

  @Override
  public Money fromAttributeValue(AttributeValue value) {
    String[] parts = value.s().split(" ", 2);
    return new Money(new BigDecimal(parts[0]), parts[1]);
  }
}
