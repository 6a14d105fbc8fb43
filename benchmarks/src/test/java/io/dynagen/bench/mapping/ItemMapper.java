package io.dynagen.bench.mapping;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One way of turning objects into DynamoDB items and back: the benchmarks call the three ways
 * (Dynagen, hand-written, the Enhanced Client) through this one interface, so each measured call
 * has the same shape. In a JMH fork only one implementation is ever loaded, so the JIT inlines
 * the call away.
 *
 * @param <T> the mapped class
 */
public interface ItemMapper<T> {

  /** The item of an object; null properties are left out. */
  Map<String, AttributeValue> toItem(T object);

  /** The object an item holds. */
  T fromItem(Map<String, AttributeValue> item);
}
