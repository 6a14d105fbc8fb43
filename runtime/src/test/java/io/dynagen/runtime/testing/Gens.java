package io.dynagen.runtime.testing;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generators of Java's basic values over their whole range, each with its edge values: the
 * minimum and maximum, zero and one, the empty text, NUL, supplementary and lone surrogate
 * characters. Numbers are spread over every magnitude (as many 3-digit as 18-digit longs), not
 * uniformly, so that short and long texts both occur.
 */
public final class Gens {
  private Gens() {}

  /** Hard-to-handle texts: supplementary (emoji, 𝟘), combining, right-to-left, NUL. */
  private static final List<String> TRICKY_TEXTS = List.of(
      "", " ", "\u0000", "é", "e\u0301", "日本語", "\uD83D\uDE00", "\uD835\uDFD8", "\u05D0\u05D1", "\uFFFF",
      "a.b[0]", "null");

  public static Gen<Boolean> booleans() {
    return Gen.of(true, false);
  }

  public static Gen<Integer> ints() {
    return Gen.withEdges(source -> source.nextInt() >> source.nextInt(32),
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
  }

  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  public static Gen<Long> longs() {
    return Gen.withEdges(source -> source.nextLong() >> source.nextInt(64),
        Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L, Long.MAX_VALUE - 1, Long.MAX_VALUE);
  }

  /** From min to max, both included: spread evenly, with min, max, 0 and their neighbours as edges. */
  public static Gen<Long> longs(long min, long max) {
    Set<Long> edges = new LinkedHashSet<>();
    for (long edge : new long[] {min, max, 0, min + 1, max - 1, 1, -1}) {
      if (edge >= min && edge <= max) {
        edges.add(edge);
      }
    }
    return Gen.withEdges(source -> uniform(source, min, max), edges.toArray(Long[]::new));
  }

  public static Gen<Short> shorts() {
    return ints(Short.MIN_VALUE, Short.MAX_VALUE).map(Integer::shortValue);
  }

  public static Gen<Byte> bytes() {
    return ints(Byte.MIN_VALUE, Byte.MAX_VALUE).map(Integer::byteValue);
  }

  /** Any UTF-16 unit, surrogates included; ASCII more often. */
  public static Gen<Character> chars() {
    return Gen.withEdges(source -> source.nextBoolean() ? (char) (0x20 + source.nextInt(0x5f)) : (char) source.nextInt(0x10000),
        '\u0000', 'a', ' ', 'é', '\u00FF', '\u0660', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF');
  }

  /** Any well-formed text up to 100 UTF-16 units. */
  public static Gen<String> strings() {
    return strings(0, 100);
  }

  /**
   * Well-formed texts of min to max UTF-16 units, as DynamoDB stores them: mostly ASCII, with any
   * BMP character, control characters and supplementary characters (surrogate pairs) mixed in.
   */
  public static Gen<String> strings(int min, int max) {
    return texts(min, max, false);
  }

  /** Any UTF-16 text of min to max units, lone surrogates included (not valid Unicode; Java allows it). */
  public static Gen<String> utf16Strings(int min, int max) {
    return texts(min, max, true);
  }

  private static Gen<String> texts(int min, int max, boolean loneSurrogates) {
    List<String> edges = new java.util.ArrayList<>();
    for (String text : TRICKY_TEXTS) {
      if (text.length() >= min && text.length() <= max) {
        edges.add(text);
      }
    }
    edges.add("x".repeat(max));
    if (loneSurrogates) {
      edges.add("\uD800");
    }
    return Gen.withEdges(source -> {
      int length = Gen.size(source, min, max);
      StringBuilder text = new StringBuilder(length);
      while (text.length() < length) {
        int kind = source.nextInt(20);
        if (kind < 12) {
          text.append((char) (0x20 + source.nextInt(0x5f)));
        } else if (kind < 16) {
          char any = (char) source.nextInt(0x10000);
          text.append(loneSurrogates || !Character.isSurrogate(any) ? any : 'x');
        } else if (kind < 19 && text.length() + 2 <= length) {
          text.appendCodePoint(0x10000 + source.nextInt(0x100000));
        } else {
          text.append((char) source.nextInt(0x20));
        }
      }
      return text.toString();
    }, edges.toArray(String[]::new));
  }

  /** Texts of min to max characters taken from the alphabet; the empty text (if allowed) an edge. */
  public static Gen<String> strings(String alphabet, int min, int max) {
    Gen<String> random = source -> {
      int length = Gen.size(source, min, max);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(source.nextInt(alphabet.length())));
      }
      return text.toString();
    };
    return min == 0 ? Gen.withEdges(random, "") : random;
  }

  public static final String DIGITS = "0123456789";
  public static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Byte arrays up to max long, the empty one and all-zero, all-ones and extreme bytes as edges. */
  public static Gen<byte[]> byteArrays(int max) {
    Gen<byte[]> random = source -> {
      byte[] bytes = new byte[Gen.size(source, 0, max)];
      source.nextBytes(bytes);
      return bytes;
    };
    return Gen.withEdges(random, new byte[0], new byte[] {0}, new byte[] {-1}, new byte[] {Byte.MIN_VALUE, Byte.MAX_VALUE});
  }

  public static Gen<byte[]> byteArrays() {
    return byteArrays(100);
  }

  /** Finite doubles: from any bit pattern (subnormals too), decimals of any size, and the extremes. */
  public static Gen<Double> finiteDoubles() {
    Gen<Double> bits = source -> Double.longBitsToDouble(source.nextLong());
    Gen<Double> decimals = source -> (source.nextLong() >> source.nextInt(64)) / Math.pow(10, source.nextInt(20));
    return Gen.withEdges(Gen.oneOf(bits.filter(Double::isFinite), decimals),
        0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 1e300);
  }

  public static Gen<Float> finiteFloats() {
    Gen<Float> bits = source -> Float.intBitsToFloat(source.nextInt());
    Gen<Float> decimals = source -> (float) ((source.nextInt() >> source.nextInt(32)) / Math.pow(10, source.nextInt(10)));
    return Gen.withEdges(Gen.oneOf(bits.filter(Float::isFinite), decimals),
        0.0f, -0.0f, 1.0f, -1.0f, 0.1f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        -Float.MAX_VALUE);
  }

  /** Doubles from min (included) to max (excluded), evenly. */
  public static Gen<Double> doubles(double min, double max) {
    return Gen.withEdges(source -> min + source.nextDouble() * (max - min), min);
  }

  /** Whole numbers of 1 to maxDigits digits, any sign, each digit count as likely. */
  public static Gen<BigInteger> bigIntegers(int maxDigits) {
    BigInteger largest = BigInteger.TEN.pow(maxDigits).subtract(BigInteger.ONE);
    Gen<BigInteger> random = source -> {
      int digits = 1 + source.nextInt(maxDigits);
      StringBuilder text = new StringBuilder(digits + 1).append(source.nextBoolean() ? "-" : "");
      for (int i = 0; i < digits; i++) {
        text.append((char) ('0' + source.nextInt(10)));
      }
      return new BigInteger(text.toString());
    };
    List<BigInteger> edges = new java.util.ArrayList<>(List.of(
        BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), largest, largest.negate()));
    if (maxDigits >= 19) {
      edges.add(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
      edges.add(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE));
    }
    return Gen.withEdges(random, edges.toArray(BigInteger[]::new));
  }

  /** A java.util.Random of its own for each case, for properties that make many random choices. */
  public static Gen<Random> randoms() {
    return source -> new Random(source.nextLong());
  }

  /** Evenly from min to max, both included, over any range of longs. */
  static long uniform(Random source, long min, long max) {
    if (max == Long.MAX_VALUE) {
      return min == Long.MIN_VALUE ? source.nextLong() : source.nextLong(min - 1, max) + 1;
    }
    return source.nextLong(min, max + 1);
  }
}
