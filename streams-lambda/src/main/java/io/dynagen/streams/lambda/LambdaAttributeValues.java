package io.dynagen.streams.lambda;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the Lambda event library's own {@code AttributeValue}
 * ({@code com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue}) into the
 * AWS SDK v2's, directly: strings, numbers (their exact text), binary, the three sets, maps and
 * lists at any depth, booleans and nulls, without a JSON round trip.
 */
public final class LambdaAttributeValues {
  private LambdaAttributeValues() {}

  /**
   * One value.
   *
   * @param value a value of a Lambda event
   * @return the SDK value it stands for
   *
   * @throws IllegalArgumentException if the value (or one nested in it) has no type set, naming
   *     where it is
   */
  public static AttributeValue toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
    try {
      return convert(value);
    } catch (Untyped e) {
      throw new IllegalArgumentException("Lambda attribute value " + e.where() + " has no type (none of S, N, B,"
          + " SS, NS, BS, M, L, BOOL, NULL is set); is the event a DynamoDB stream event?", null);
    }
  }

  /**
   * An item, image or key; null stays null (an image the stream's view type leaves out).
   *
   * @param item attribute values of a Lambda event, by name
   * @return the SDK values they stand for, by the same names, in the same order
   *
   * @throws IllegalArgumentException if a value has no type set, naming its attribute
   */
  public static Map<String, AttributeValue> toSdk(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item) {
    if (item == null) {
      return null;
    }
    try {
      return convertMap(item);
    } catch (Untyped e) {
      throw new IllegalArgumentException("Lambda attribute '" + e.where() + "' has no type (none of S, N, B, SS,"
          + " NS, BS, M, L, BOOL, NULL is set); is the event a DynamoDB stream event?", null);
    }
  }

  private static AttributeValue convert(
      com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
    if (value == null) {
      throw new Untyped();
    }
    if (value.getS() != null) {
      return AttributeValue.fromS(value.getS());
    }
    if (value.getN() != null) {
      return AttributeValue.fromN(value.getN());
    }
    if (value.getB() != null) {
      return AttributeValue.fromB(bytes(value.getB()));
    }
    if (value.getSS() != null) {
      return AttributeValue.fromSs(List.copyOf(value.getSS()));
    }
    if (value.getNS() != null) {
      return AttributeValue.fromNs(List.copyOf(value.getNS()));
    }
    if (value.getBS() != null) {
      List<SdkBytes> set = new ArrayList<>(value.getBS().size());
      for (ByteBuffer element : value.getBS()) {
        set.add(bytes(element));
      }
      return AttributeValue.fromBs(set);
    }
    if (value.getM() != null) {
      return AttributeValue.fromM(convertMap(value.getM()));
    }
    if (value.getL() != null) {
      List<AttributeValue> list = new ArrayList<>(value.getL().size());
      int index = 0;
      for (com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue element : value.getL()) {
        try {
          list.add(convert(element));
        } catch (Untyped e) {
          throw e.at("[" + index + "]");
        }
        index++;
      }
      return AttributeValue.fromL(list);
    }
    if (value.getBOOL() != null) {
      return AttributeValue.fromBool(value.getBOOL());
    }
    if (Boolean.TRUE.equals(value.getNULL())) {
      return AttributeValue.fromNul(true);
    }
    throw new Untyped();
  }

  private static Map<String, AttributeValue> convertMap(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> map) {
    Map<String, AttributeValue> converted = new LinkedHashMap<>(capacity(map.size()));
    for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> entry
        : map.entrySet()) {
      try {
        converted.put(entry.getKey(), convert(entry.getValue()));
      } catch (Untyped e) {
        throw e.at(entry.getKey());
      }
    }
    return converted;
  }

  /** The buffer's remaining bytes, copied; the buffer's position is left as it was. */
  private static SdkBytes bytes(ByteBuffer buffer) {
    return SdkBytes.fromByteBuffer(buffer.duplicate());
  }

  private static int capacity(int size) {
    return (int) (size / 0.75f) + 1;
  }

  /** A value with no type, and the path to it, built only when one is found. */
  private static final class Untyped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Deque<String> path = new ArrayDeque<>();

    Untyped() {
      super(null, null, false, false);
    }

    Untyped at(String segment) {
      path.addFirst(segment);
      return this;
    }

    String where() {
      StringBuilder out = new StringBuilder();
      for (String segment : path) {
        if (out.length() > 0 && !segment.startsWith("[")) {
          out.append('.');
        }
        out.append(segment);
      }
      return out.length() == 0 ? "(top level)" : out.toString();
    }
  }
}
