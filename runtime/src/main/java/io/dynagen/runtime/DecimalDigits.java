package io.dynagen.runtime;

/**
 * What DynamoDB sees in a number's text: its sign and the powers of ten of its first and last
 * non-zero digits, read without building a BigDecimal (a text such as {@code 1E+999999999}
 * would cost a billion digits). Both the 400 KB count and the value limits are rules on these.
 *
 * @param valid true if the text has DynamoDB's number syntax: an optional {@code -}, ASCII
 *     digits with an optional point, an optional exponent
 * @param negative true for a leading {@code -}
 * @param zero true if no digit is other than 0
 * @param highest the power of ten of the first non-zero digit ({@code 123.4}: 2)
 * @param lowest the power of ten of the last non-zero digit ({@code 123.4}: -1)
 */
public record DecimalDigits(boolean valid, boolean negative, boolean zero, long highest, long lowest) {
  /** An exponent saturates here, far beyond DynamoDB's range, instead of overflowing. */
  private static final long EXPONENT_CAP = 1_000_000_000L;

  /**
   * {@return the digits and the power of ten of a DynamoDB number's text, such as {@code -1.5E3}}
   *
   * @param text a DynamoDB number's text
   */
  public static DecimalDigits of(String text) {
    int length = text.length();
    int i = 0;
    boolean negative = length > 0 && text.charAt(0) == '-';
    if (negative) {
      i = 1;
    }
    int digitCount = 0;
    int pointAt = -1;
    long highest = Long.MIN_VALUE;
    long lowest = 0;
    int digitsBeforePoint = -1;
    int mantissaEnd = length;
    // First pass: where the point and the exponent are.
    for (int j = i; j < length; j++) {
      char c = text.charAt(j);
      if (c == 'e' || c == 'E') {
        mantissaEnd = j;
        break;
      }
    }
    for (int j = i; j < mantissaEnd; j++) {
      char c = text.charAt(j);
      if (c == '.') {
        if (pointAt >= 0) {
          return invalid(negative);
        }
        pointAt = j;
        digitsBeforePoint = digitCount;
      } else if (c < '0' || c > '9') {
        return invalid(negative);
      } else {
        digitCount++;
      }
    }
    if (digitCount == 0) {
      return invalid(negative);
    }
    long exponent = 0;
    if (mantissaEnd < length) {
      int j = mantissaEnd + 1;
      boolean negativeExponent = false;
      if (j < length && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
        negativeExponent = text.charAt(j) == '-';
        j++;
      }
      if (j == length) {
        return invalid(negative);
      }
      for (; j < length; j++) {
        char c = text.charAt(j);
        if (c < '0' || c > '9') {
          return invalid(negative);
        }
        exponent = Math.min(exponent * 10 + (c - '0'), EXPONENT_CAP);
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (digitsBeforePoint < 0) {
      digitsBeforePoint = digitCount;
    }
    int digit = 0;
    for (int j = i; j < mantissaEnd; j++) {
      char c = text.charAt(j);
      if (c == '.') {
        continue;
      }
      if (c != '0') {
        long power = digitsBeforePoint - 1 - digit + exponent;
        if (highest == Long.MIN_VALUE) {
          highest = power;
        }
        lowest = power;
      }
      digit++;
    }
    boolean zero = highest == Long.MIN_VALUE;
    return new DecimalDigits(true, negative, zero, zero ? 0 : highest, lowest);
  }

  private static DecimalDigits invalid(boolean negative) {
    return new DecimalDigits(false, negative, false, 0, 0);
  }

  /** 38 significant digits span at most 20 base-100 pairs. */
  private static final long MAX_PAIRS = 20;

  /**
   * {@return the bytes DynamoDB counts for this number against the 400 KB item limit} AWS
   * documents "about one byte per two significant digits, plus one"; the exact rule, checked
   * against DynamoDB Local, is that of its storage form: the significant digits in base-100 digit
   * pairs aligned on the decimal point (so {@code 1.5} is the pairs {@code 01.50}, two bytes,
   * where {@code 15} is one), plus one byte of exponent, plus one more for a negative number
   * unless it has the most pairs a number can have (20). Zero, and a text that is not a number,
   * count one byte.
   */
  public long storedBytes() {
    if (zero || !valid) {
      return 1;
    }
    long pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
    // A negative number ends with a terminator byte, except when its digits fill all 20 pairs
    // (38 digits across a pair boundary): DynamoDB Local accepts such items one byte larger.
    return pairs + 1 + (negative && pairs < MAX_PAIRS ? 1 : 0);
  }

  /** {@return the significant digits, first to last non-zero ({@code 100.5}: 4); 0 for zero} */
  public long significantDigits() {
    return zero ? 0 : highest - lowest + 1;
  }
}
