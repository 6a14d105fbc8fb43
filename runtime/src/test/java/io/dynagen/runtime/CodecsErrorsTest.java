package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Exact encodings from DESIGN.md, and the errors Codecs raises for values that do not fit. */
class CodecsErrorsTest {

  private static MappingException mappingFailure(Executable read) {
    return assertThrows(MappingException.class, read);
  }

  // ---------------------------------------------------------------- exact encodings

  @Test
  void encodingsFromTheDesign() {
    assertEquals(AttributeValue.fromN("1.500000000"), Codecs.fromDuration(Duration.ofMillis(1500)));
    assertEquals(AttributeValue.fromN("86400"), Codecs.fromDuration(Duration.ofDays(1)));
    assertEquals(AttributeValue.fromN("0.000000001"), Codecs.fromDuration(Duration.ofNanos(1)));
    assertEquals("2023-11-14T22:13:20.000001Z", Instant.ofEpochSecond(1_700_000_000, 1_000).toString());
    assertEquals(AttributeValue.fromN("0.1"), Codecs.fromFloat(0.1f, "a"));
    assertEquals(AttributeValue.fromN("1.0E10"), Codecs.fromDouble(1e10, "a"));
    assertEquals(AttributeValue.fromS("x"), Codecs.fromChar('x'));
    assertEquals(AttributeValue.fromNs(List.of("1", "2.50")), Codecs.fromNumberSet(List.of(1, new BigDecimal("2.50")), "a"));
  }

  @Test
  void emptySetsAreLeftOut() {
    assertNull(Codecs.fromStringSet(Set.of(), "a"));
    assertNull(Codecs.fromNumberSet(Set.of(), "a"));
    assertNull(Codecs.stringSet(List.of()));
    assertNull(Codecs.numberSet(List.of()));
    assertNull(Codecs.binarySet(List.of()));
  }

  @Test
  void absentMeansMissingOrNull() {
    assertTrue(Codecs.isAbsent(null));
    assertTrue(Codecs.isAbsent(Codecs.NUL));
    assertFalse(Codecs.isAbsent(AttributeValue.fromS("")));
    assertEquals(Codecs.NUL, Codecs.orNul(null));
  }

  // ---------------------------------------------------------------- bad values written

  @Test
  void nonFiniteNumbersAreRejectedNamingTheAttribute() {
    String message = assertThrows(IllegalArgumentException.class, () -> Codecs.fromDouble(Double.NaN, "score")).getMessage();
    assertTrue(message.contains("'score'") && message.contains("NaN"), message);

    assertThrows(IllegalArgumentException.class, () -> Codecs.fromFloat(Float.NEGATIVE_INFINITY, "score"));
    assertThrows(IllegalArgumentException.class, () -> Codecs.fromNumberSet(List.of(1.0, Double.POSITIVE_INFINITY), "scores"));
  }

  @Test
  void nullSetElementsAreRejected() {
    String message = assertThrows(IllegalArgumentException.class,
        () -> Codecs.fromStringSet(Arrays.asList("a", null), "tags")).getMessage();
    assertTrue(message.contains("'tags'") && message.contains("null"), message);

    assertThrows(IllegalArgumentException.class, () -> Codecs.fromNumberSet(Arrays.asList(1, null), "ids"));
  }

  // ---------------------------------------------------------------- numbers that do not fit

  @ParameterizedTest
  @CsvSource({
      "int,   3000000000",
      "int,   1.5",
      "int,   -2147483649",
      "long,  1.5",
      "long,  9223372036854775808",
      "short, 40000",
      "byte,  200",
      "byte,  -129",
      "BigInteger, 1.5",
  })
  void numbersThatDoNotFitTheJavaType(String javaType, String stored) {
    AttributeValue value = AttributeValue.fromN(stored);
    MappingException e = mappingFailure(() -> readNumber(javaType, value));

    assertEquals("age", e.path());
    assertEquals("N (" + javaType + ")", e.expectedType());
    assertEquals("N " + stored + ", which does not fit " + javaType, e.foundType());
  }

  @Test
  void numbersOutOfFloatingRange() {
    MappingException e = mappingFailure(() -> Codecs.readDouble(AttributeValue.fromN("1E+400"), "ratio"));
    assertEquals("N (double)", e.expectedType());
    assertTrue(e.foundType().contains("out of double's range"), e.foundType());

    mappingFailure(() -> Codecs.readFloat(AttributeValue.fromN("1E+39"), "ratio"));
  }

  @Test
  void wholeNumbersInOtherNotationsFit() {
    assertEquals(1000, Codecs.readInt(AttributeValue.fromN("1E+3"), "a"));
    assertEquals(2, Codecs.readShort(AttributeValue.fromN("2.000"), "a"));
    assertEquals(-128, Codecs.readByte(AttributeValue.fromN("-1.28E+2"), "a"));
    assertEquals(Long.MAX_VALUE, Codecs.readLong(AttributeValue.fromN("9223372036854775807.0"), "a"));
  }

  @ParameterizedTest
  @CsvSource({"int", "long", "short", "byte", "float", "double", "BigDecimal", "BigInteger", "Duration"})
  void textThatIsNotANumber(String javaType) {
    MappingException e = mappingFailure(() -> readNumber(javaType, AttributeValue.fromN("12abc")));

    assertEquals("N (" + javaType + ")", e.expectedType());
    assertEquals("N \"12abc\", not a number", e.foundType());
    assertInstanceOf(NumberFormatException.class, e.getCause());
  }

  /**
   * A huge exponent is rejected quickly, not by building a billion-digit whole number. (DynamoDB
   * numbers stay below 1E+126, but items also come from streams, exports and tests.)
   */
  @ParameterizedTest
  @CsvSource({"int", "long", "short", "byte", "BigInteger", "Duration"})
  @Timeout(5)
  void hugeExponentsFailFast(String javaType) {
    MappingException e = mappingFailure(() -> readNumber(javaType, AttributeValue.fromN("1E+999999999")));

    assertEquals("N 1E+999999999, which does not fit " + javaType, e.foundType());
  }

  /**
   * Exponents far beyond the type, up or down, are refused by their magnitude before any
   * rescaling (which took seconds: 1E+10000000 built a ten-million-digit number, 1E-10000000
   * divided by one). No timing assertion: a regression shows as a slow test, not a flaky one.
   */
  @ParameterizedTest
  @CsvSource({
      "int,        1E+10000000",
      "int,        -1E+10000000",
      "int,        1E-10000000",
      "int,        1E+2147483647",
      "int,        1E-2147483647",
      "long,       1E+10000000",
      "long,       1.5E-10000000",
      "short,      1E+10000000",
      "byte,       -1E+10000000",
      "BigInteger, 1E+10000000",
      "BigInteger, 1E-10000000",
      "BigInteger, 1E+2147483647",
      "BigInteger, 1E+127",
      "Duration,   1E+10000000",
      "Duration,   -1E+10000000",
      "Duration,   1E-10000000",
      "Duration,   1E+2147483647",
      "Duration,   1E-2147483647",
      "Duration,   1E+21",
  })
  void exponentsFarBeyondTheTypeDoNotFit(String javaType, String stored) {
    MappingException e = mappingFailure(() -> readNumber(javaType, AttributeValue.fromN(stored)));

    assertEquals("N (" + javaType + ")", e.expectedType());
    assertEquals("N " + stored + ", which does not fit " + javaType, e.foundType());
    assertTrue(e.getMessage().contains("does not fit " + javaType), e.getMessage());
  }

  /** DynamoDB numbers reach 1E+126: a BigInteger of 127 digits still reads, in any notation. */
  @Test
  void bigIntegersUpToDynamoDbsLargestMagnitude() {
    assertEquals(BigInteger.TEN.pow(126), Codecs.readBigInteger(AttributeValue.fromN("1E+126"), "a"));
    assertEquals(BigInteger.TEN.pow(126).negate(), Codecs.readBigInteger(AttributeValue.fromN("-1.0E+126"), "a"));
    BigDecimal largest = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    assertEquals(largest.toBigIntegerExact(), Codecs.readBigInteger(AttributeValue.fromN(largest.toString()), "a"));
  }

  /** Zero is whole and fits, however large or small its exponent. */
  @ParameterizedTest
  @CsvSource({"0E+10000000", "0E-10000000", "-0.000E+2147483647", "0E-2147483647"})
  void zeroWithAnyExponentIsZero(String stored) {
    AttributeValue value = AttributeValue.fromN(stored);

    assertEquals(0, Codecs.readInt(value, "a"));
    assertEquals(0L, Codecs.readLong(value, "a"));
    assertEquals((short) 0, Codecs.readShort(value, "a"));
    assertEquals((byte) 0, Codecs.readByte(value, "a"));
    assertEquals(BigInteger.ZERO, Codecs.readBigInteger(value, "a"));
    assertEquals(Duration.ZERO, Codecs.readDuration(value, "a"));
  }

  /** The edges of what still fits, next to the magnitude bound. */
  @Test
  void numbersNearTheMagnitudeBoundStillRead() {
    assertEquals(Long.MIN_VALUE, Codecs.readLong(AttributeValue.fromN("-9.223372036854775808E+18"), "a"));
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), Codecs.readDuration(AttributeValue.fromN("9223372036854775807"), "a"));
    assertEquals(Duration.ofNanos(1), Codecs.readDuration(AttributeValue.fromN("1E-9"), "a"));
    assertEquals(Duration.ofNanos(-100), Codecs.readDuration(AttributeValue.fromN("-0.0000001"), "a"));
    mappingFailure(() -> Codecs.readLong(AttributeValue.fromN("1E+19"), "a"));
    mappingFailure(() -> Codecs.readDuration(AttributeValue.fromN("1E+20"), "a"));
  }

  /**
   * Only DynamoDB's number syntax, in ASCII, is a number: not the extra forms Java's parsers take
   * (NaN, Infinity, type suffixes, hexadecimal, surrounding spaces, a leading +, other scripts'
   * digits), which DynamoDB never stores and which must not read as a value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity",
      "1.5d", "1.5D", "1.5f", "1F", "0x1p3", "0x10", "-0x1p3", "0X1P3", "-0X10", "1.5e3d", " 1", "1 ", "\t1", "1\n",
      "+1", "+0", "1E+3.5", "1e", "1E+", "1E-", "E5", ".", "-", "--1", "-.", "1..2", "1.2.3", "1_000", "",
      "\u0661\u0662\u0663", "\u0661", "1\u0662", "\uff11", "\u0967\u0968", "-\u0661",
  })
  void onlyDynamoDbNumberSyntaxIsANumber(String stored) {
    for (String javaType : List.of("int", "long", "short", "byte", "float", "double", "BigInteger")) {
      MappingException e = mappingFailure(() -> readNumber(javaType, AttributeValue.fromN(stored)));

      assertEquals("N (" + javaType + ")", e.expectedType(), stored);
      assertEquals("N \"" + stored + "\", not a number", e.foundType(), stored);
      assertInstanceOf(NumberFormatException.class, e.getCause());
    }
  }

  /** Every shape DynamoDB's syntax allows still reads. */
  @Test
  void dynamoDbNumberSyntaxReads() {
    assertEquals(-0.0015, Codecs.readDouble(AttributeValue.fromN("-1.5e-3"), "a"));
    assertEquals(1500.0, Codecs.readDouble(AttributeValue.fromN("1.5E+3"), "a"));
    assertEquals(0.5, Codecs.readDouble(AttributeValue.fromN(".5"), "a"));
    assertEquals(5.0, Codecs.readDouble(AttributeValue.fromN("5."), "a"));
    assertEquals(-0.0, Codecs.readDouble(AttributeValue.fromN("-0"), "a"));
    assertEquals(0.25f, Codecs.readFloat(AttributeValue.fromN("25E-2"), "a"));
    assertEquals(-7, Codecs.readInt(AttributeValue.fromN("-7"), "a"));
    assertEquals(7, Codecs.readInt(AttributeValue.fromN("007"), "a"));
    assertEquals(50, Codecs.readInt(AttributeValue.fromN("5e1"), "a"));
    assertEquals(100L, Codecs.readLong(AttributeValue.fromN("1E2"), "a"));
    assertEquals(BigInteger.valueOf(-120), Codecs.readBigInteger(AttributeValue.fromN("-1.2E+2"), "a"));
  }

  @Test
  void durationsOutOfRange() {
    mappingFailure(() -> Codecs.readDuration(AttributeValue.fromN("1E+30"), "ttl"));
    mappingFailure(() -> Codecs.readDuration(AttributeValue.fromN("0.0000000001"), "ttl"));
  }

  // ---------------------------------------------------------------- wrong DynamoDB types

  @Test
  void wrongAttributeTypesNameWhatWasExpectedAndFound() {
    MappingException e = mappingFailure(() -> Codecs.readInt(AttributeValue.fromS("abc"), "age"));

    assertEquals("age", e.path());
    assertEquals("N (int)", e.expectedType());
    assertEquals("S \"abc\"", e.foundType());
    assertEquals("Cannot read attribute 'age': expected N (int), found S \"abc\"", e.getMessage());
  }

  @Test
  void everyReaderChecksTheAttributeType() {
    AttributeValue bool = AttributeValue.fromBool(true);
    List<Executable> readers = List.of(
        () -> Codecs.readString(bool, "a"), () -> Codecs.readChar(bool, "a"),
        () -> Codecs.readBoolean(AttributeValue.fromS("true"), "a"),
        () -> Codecs.readInt(bool, "a"), () -> Codecs.readLong(bool, "a"), () -> Codecs.readShort(bool, "a"),
        () -> Codecs.readByte(bool, "a"), () -> Codecs.readFloat(bool, "a"), () -> Codecs.readDouble(bool, "a"),
        () -> Codecs.readBigDecimal(bool, "a"), () -> Codecs.readBigInteger(bool, "a"),
        () -> Codecs.readBytes(bool, "a"), () -> Codecs.readSdkBytes(bool, "a"), () -> Codecs.readByteBuffer(bool, "a"),
        () -> Codecs.readUuid(bool, "a"), () -> Codecs.readInstant(bool, "a"), () -> Codecs.readLocalDate(bool, "a"),
        () -> Codecs.readLocalDateTime(bool, "a"), () -> Codecs.readLocalTime(bool, "a"),
        () -> Codecs.readOffsetDateTime(bool, "a"), () -> Codecs.readZonedDateTime(bool, "a"),
        () -> Codecs.readPeriod(bool, "a"), () -> Codecs.readZoneId(bool, "a"), () -> Codecs.readMonthDay(bool, "a"),
        () -> Codecs.readDuration(bool, "a"), () -> Codecs.readEnumName(bool, "a", "Color"),
        () -> Codecs.readList(bool, "a", "List<String>"), () -> Codecs.readMap(bool, "a", "Map<String, String>"),
        () -> Codecs.readStringSet(bool, "a", "Set<String>"), () -> Codecs.readNumberSet(bool, "a", "Set<Integer>"),
        () -> Codecs.readBinarySet(bool, "a", "Set<byte[]>"));

    for (Executable reader : readers) {
      MappingException e = mappingFailure(reader);
      assertEquals("a", e.path());
      assertTrue(e.foundType().startsWith("BOOL") || e.foundType().startsWith("S"), e.foundType());
    }
  }

  @Test
  void anEmptyListIsNotASet() {
    MappingException e = mappingFailure(
        () -> Codecs.readStringSet(AttributeValue.fromL(List.of()), "tags", "Set<String>"));

    assertEquals("SS (Set<String>)", e.expectedType());
    assertEquals("L of 0", e.foundType());
  }

  @Test
  void aCharMustBeOneCharacter() {
    MappingException e = mappingFailure(() -> Codecs.readChar(AttributeValue.fromS("ab"), "initial"));

    assertEquals("S of 2 characters", e.foundType());
  }

  // ---------------------------------------------------------------- strings that do not parse

  @ParameterizedTest
  @CsvSource({
      "UUID, not-a-uuid",
      "Instant, 2023-11-14T22:13:20",
      "LocalDate, 2023-02-30",
      "LocalDateTime, 2023-11-14",
      "LocalTime, 25:00",
      "OffsetDateTime, 2023-11-14T22:13:20",
      "ZonedDateTime, 2023-11-14T22:13:20+01:00[Nowhere/City]",
      "Period, P1X",
      "ZoneId, Nowhere/City",
      "MonthDay, --02-30",
  })
  void badDatesAndIdentifiers(String javaType, String stored) {
    MappingException e = mappingFailure(() -> readParsed(javaType, AttributeValue.fromS(stored)));

    assertEquals("S (" + javaType + ")", e.expectedType());
    assertEquals("S \"" + stored + "\", not a valid " + javaType, e.foundType());
    if (!javaType.equals("UUID")) {
      assertInstanceOf(DateTimeException.class, e.getCause());
    }
  }

  // ---------------------------------------------------------------- enums and converters

  @Test
  void unknownEnumConstantsListTheKnownOnes() {
    enum Color { RED, GREEN }
    IllegalArgumentException cause = new IllegalArgumentException("No enum constant Color.BLUE");

    MappingException e = Codecs.unknownEnumConstant("color", "Color", "BLUE", Color.values(), cause);

    assertEquals("color", e.path());
    assertEquals("S, a constant of Color (RED, GREEN)", e.expectedType());
    assertEquals("S \"BLUE\", which is not one", e.foundType());
  }

  @Test
  void converterFailuresNameTheAttribute() {
    MappingException wrapped = Codecs.converterFailed(
        "money", "MoneyConverter", AttributeValue.fromS("12 EUR"), new IllegalStateException("no currency"));
    assertEquals("money", wrapped.path());
    assertEquals("a value MoneyConverter accepts", wrapped.expectedType());
    assertTrue(wrapped.getMessage().endsWith("(no currency)"), wrapped.getMessage());

    MappingException inner = MappingException.badValue("amount", "N", "S", null);
    assertEquals("money.amount", Codecs.converterFailed("money", "MoneyConverter", null, inner).path());
  }

  @Test
  void binaryReadersCopyNothingTheyShouldNot() {
    SdkBytes stored = SdkBytes.fromByteArray(new byte[] {1, 2});
    byte[] read = Codecs.readBytes(AttributeValue.fromB(stored), "a");
    read[0] = 9;

    assertEquals(1, stored.asByteArray()[0], "reading must not expose the stored bytes");
  }

  // ---------------------------------------------------------------- helpers

  static Object readNumber(String javaType, AttributeValue value) {
    switch (javaType) {
      case "int": return Codecs.readInt(value, "age");
      case "long": return Codecs.readLong(value, "age");
      case "short": return Codecs.readShort(value, "age");
      case "byte": return Codecs.readByte(value, "age");
      case "float": return Codecs.readFloat(value, "age");
      case "double": return Codecs.readDouble(value, "age");
      case "BigDecimal": return Codecs.readBigDecimal(value, "age");
      case "BigInteger": return Codecs.readBigInteger(value, "age");
      case "Duration": return Codecs.readDuration(value, "age");
      default: throw new IllegalArgumentException(javaType);
    }
  }

  static Object readParsed(String javaType, AttributeValue value) {
    switch (javaType) {
      case "UUID": return Codecs.readUuid(value, "when");
      case "Instant": return Codecs.readInstant(value, "when");
      case "LocalDate": return Codecs.readLocalDate(value, "when");
      case "LocalDateTime": return Codecs.readLocalDateTime(value, "when");
      case "LocalTime": return Codecs.readLocalTime(value, "when");
      case "OffsetDateTime": return Codecs.readOffsetDateTime(value, "when");
      case "ZonedDateTime": return Codecs.readZonedDateTime(value, "when");
      case "Period": return Codecs.readPeriod(value, "when");
      case "ZoneId": return Codecs.readZoneId(value, "when");
      case "MonthDay": return Codecs.readMonthDay(value, "when");
      default: throw new IllegalArgumentException(javaType);
    }
  }
}
