package io.dynagen.streams.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every value a Lambda DynamoDB event carries converts to the SDK value it stands for: random
 * values of every type, maps and lists nested four deep, with the edge cases first (empty texts,
 * maps, lists and binaries, 38-digit numbers with exponents, NULL, false).
 */
class LambdaAttributeValuesTest {

  static Stream<Arguments> values() {
    return RandomCases.of(2000, AttributeValueGens.values());
  }

  @Property
  void values(AttributeValue value) {
    assertEquals(value, LambdaAttributeValues.toSdk(LambdaEvents.toEvents(value)));
  }

  static Stream<Arguments> items() {
    return RandomCases.of(500, AttributeValueGens.items());
  }

  @Property
  void items(Map<String, AttributeValue> item) {
    assertEquals(item, LambdaAttributeValues.toSdk(LambdaEvents.toEvents(item)));
  }

  @Test
  void binaryIsCopiedFromTheBuffersPositionAndLeavesItThere() {
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2, 3}, 1, 3);
    var events = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    events.setB(buffer);
    assertEquals(AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {1, 2, 3})),
        LambdaAttributeValues.toSdk(events));
    assertEquals(1, buffer.position());
    assertEquals(AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {1, 2, 3})),
        LambdaAttributeValues.toSdk(events), "and again, the same");
  }

  @Test
  void aValueWithoutTypeIsNamedByItsPath() {
    var empty = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    var list = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    list.setL(List.of(LambdaEvents.toEvents(AttributeValue.fromS("ok")), empty));
    var address = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    address.setM(Map.of("lines", list));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> LambdaAttributeValues.toSdk(Map.of("address", address)));
    assertEquals("Lambda attribute 'address.lines[1]' has no type (none of S, N, B, SS, NS, BS, M, L, BOOL, NULL is"
        + " set); is the event a DynamoDB stream event?", error.getMessage());
    IllegalArgumentException top = assertThrows(IllegalArgumentException.class, () -> LambdaAttributeValues.toSdk(empty));
    assertEquals("Lambda attribute value (top level) has no type (none of S, N, B, SS, NS, BS, M, L, BOOL, NULL is"
        + " set); is the event a DynamoDB stream event?", top.getMessage());
  }

  @Test
  void aMissingImageStaysMissing() {
    assertNull(LambdaAttributeValues.toSdk(
        (Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>) null));
  }
}
