package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Java integer value given for a number attribute of any Java number type, so that {@code
 * Order_.orderId.gt(5)} works on a {@code Long} attribute and {@code between(1000, 2000)} on a
 * {@code long} sort key: Java does not turn an {@code int} literal into a {@code Long}, so the
 * typed methods alone would refuse them. Encoded as N exactly as the attribute's own encoder
 * stores the value when its type holds it, else (a comparison beyond the type) in its digits.
 */
final class IntegralLiteral {
  private IntegralLiteral() {}

  /**
   * {@code value} as the stored N of an attribute encoded by {@code encoder}.
   *
   * @param mustFit true when the value is written into the attribute (an update), which must then
   *     read back as the attribute's Java type; a comparison with a value out of the type's range
   *     is meaningful (never or always true) and is let be
   * @throws IllegalArgumentException if the attribute is not stored by a plain number encoder (a
   *     {@code @Convert} key, say), or the written value does not fit its type
   */
  static AttributeValue encode(long value, ValueEncoder<?> encoder, String attribute, boolean mustFit) {
    String type = numberType(encoder);
    if (type == null) {
      throw new IllegalArgumentException(
          "'" + attribute + "' is not stored as a plain number (it has a converter), so the integer "
              + value + " cannot be encoded for it; pass a value of the attribute's own Java type"
              + " (Long.valueOf(" + value + "), say)");
    }
    boolean fits = fits(value, encoder);
    if (mustFit && !fits) {
      throw new IllegalArgumentException(
          "Value " + value + " for '" + attribute + "' does not fit its Java type " + type
              + ": it could not be read back; use a value in the type's range");
    }
    // A float or double is stored as its shortest round-trip text (2^31 as a float is
    // "2.14748365E9"), which is not always the integer's own digits: a value the type holds is
    // written as the type writes it, so that it compares equal to what is stored.
    if (fits && encoder == Encoders.FLOAT) {
      return Encoders.FLOAT.encode((float) value, attribute);
    }
    if (fits && encoder == Encoders.DOUBLE) {
      return Encoders.DOUBLE.encode((double) value, attribute);
    }
    return AttributeValue.createN(Long.toString(value));
  }

  /** The Java type name of a number encoder from {@link Encoders}, or null for any other encoder. */
  private static String numberType(ValueEncoder<?> encoder) {
    if (encoder == Encoders.BYTE) {
      return "byte";
    } else if (encoder == Encoders.SHORT) {
      return "short";
    } else if (encoder == Encoders.INT) {
      return "int";
    } else if (encoder == Encoders.LONG) {
      return "long";
    } else if (encoder == Encoders.FLOAT) {
      return "float";
    } else if (encoder == Encoders.DOUBLE) {
      return "double";
    } else if (encoder == Encoders.BIG_INTEGER) {
      return "BigInteger";
    } else if (encoder == Encoders.BIG_DECIMAL) {
      return "BigDecimal";
    }
    return null;
  }

  private static boolean fits(long value, ValueEncoder<?> encoder) {
    if (encoder == Encoders.BYTE) {
      return value == (byte) value;
    } else if (encoder == Encoders.SHORT) {
      return value == (short) value;
    } else if (encoder == Encoders.INT) {
      return value == (int) value;
    } else if (encoder == Encoders.FLOAT) {
      return value == (long) (float) value;
    } else if (encoder == Encoders.DOUBLE) {
      return value == (long) (double) value;
    }
    return true;
  }
}
