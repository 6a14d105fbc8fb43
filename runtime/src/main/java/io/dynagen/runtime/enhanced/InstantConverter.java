package io.dynagen.runtime.enhanced;

import io.dynagen.runtime.ScalarCodecs;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dynagen's {@code Instant} encoding (ISO-8601 at a fixed width) as an Enhanced Client converter:
 * the Enhanced Client's timestamp extension asks the schema for one to write the time of a write,
 * and must write it as Dynagen reads and sorts it.
 */
final class InstantConverter implements AttributeConverter<Instant> {
  static final InstantConverter INSTANCE = new InstantConverter();

  private InstantConverter() {}

  @Override
  public AttributeValue transformFrom(Instant input) {
    return ScalarCodecs.InstantCodec.INSTANCE.write(input, "instant");
  }

  @Override
  public Instant transformTo(AttributeValue input) {
    return ScalarCodecs.InstantCodec.INSTANCE.read(input, "instant");
  }

  @Override
  public EnhancedType<Instant> type() {
    return EnhancedType.of(Instant.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
