package io.dynagen.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The text Dynagen stores for the {@code java.time} values that have an order: ISO-8601 at a
 * fixed width, so that DynamoDB's order of the text (UTF-8 bytes) is the values' order. {@code
 * toString()} is not fixed width: it drops zero seconds and trims the fraction to 0, 3, 6 or 9
 * digits, so {@code 10:15:30.500Z} sorted before {@code 10:15:30Z}. Every text written here is
 * also ISO-8601 that {@code Instant.parse}, {@code LocalDateTime.parse} and {@code LocalTime.parse}
 * (and so the Enhanced Client) read.
 *
 * <p>Years are written with four digits, 0000 to 9999. ISO-8601 writes other years with a sign
 * ({@code +10000}, {@code -0001}), which sorts before every digit: such values are refused with
 * an IllegalArgumentException rather than stored out of order.
 */
final class SortableText {
  /** 0000-01-01T00:00:00Z. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  /** 9999-12-31T23:59:59Z. */
  private static final long LAST_SECOND = 253_402_300_799L;

  private SortableText() {}

  /** {@code 2023-11-14T22:13:20.000001000Z}: always 30 characters. */
  static String instant(Instant value, String attribute) {
    long seconds = value.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
      throw outOfYears(attribute, "Instant", value);
    }
    long epochDay = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    char[] text = new char[30];
    date(text, LocalDate.ofEpochDay(epochDay));
    text[10] = 'T';
    time(text, 11, secondOfDay, value.getNano());
    text[29] = 'Z';
    return new String(text);
  }

  /** {@code 2023-11-14T22:13:20.000001000}: always 29 characters. */
  static String localDateTime(LocalDateTime value, String attribute) {
    LocalDate date = value.toLocalDate();
    checkYear(date.getYear(), attribute, "LocalDateTime", value);
    char[] text = new char[29];
    date(text, date);
    text[10] = 'T';
    time(text, 11, value.toLocalTime().toSecondOfDay(), value.getNano());
    return new String(text);
  }

  /** {@code 22:13:20.000001000}: always 18 characters. */
  static String localTime(LocalTime value) {
    char[] text = new char[18];
    time(text, 0, value.toSecondOfDay(), value.getNano());
    return new String(text);
  }

  /** {@code 2023-11-14}, which {@code toString()} writes at a fixed width for years 0000 to 9999. */
  static String localDate(LocalDate value, String attribute) {
    checkYear(value.getYear(), attribute, "LocalDate", value);
    return value.toString();
  }

  private static void checkYear(int year, String attribute, String type, Object value) {
    if (year < 0 || year > 9999) {
      throw outOfYears(attribute, type, value);
    }
  }

  private static IllegalArgumentException outOfYears(String attribute, String type, Object value) {
    return new IllegalArgumentException(
        "Attribute '" + attribute + "' is " + type + " " + value + ", outside the years 0000 to 9999:"
            + " Dynagen stores " + type + " as ISO-8601 text, whose order is the time order only with"
            + " four-digit years; use a value within those years (a sentinel such as 9999-12-31"
            + " instead of MAX), or store it with @Convert");
  }

  /** {@code yyyy-MM-dd} at 0 to 9. */
  private static void date(char[] text, LocalDate date) {
    int year = date.getYear();
    digits(text, 0, year / 100);
    digits(text, 2, year % 100);
    text[4] = '-';
    digits(text, 5, date.getMonthValue());
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth());
  }

  /** {@code HH:mm:ss.nnnnnnnnn}: 18 characters from {@code at}. */
  private static void time(char[] text, int at, int secondOfDay, int nanos) {
    digits(text, at, secondOfDay / 3_600);
    text[at + 2] = ':';
    digits(text, at + 3, secondOfDay / 60 % 60);
    text[at + 5] = ':';
    digits(text, at + 6, secondOfDay % 60);
    text[at + 8] = '.';
    int fraction = nanos;
    for (int i = at + 17; i > at + 8; i--) {
      text[i] = (char) ('0' + fraction % 10);
      fraction /= 10;
    }
  }

  /** Two digits of {@code value} (0 to 99) at {@code at}. */
  private static void digits(char[] text, int at, int value) {
    text[at] = (char) ('0' + value / 10);
    text[at + 1] = (char) ('0' + value % 10);
  }
}
