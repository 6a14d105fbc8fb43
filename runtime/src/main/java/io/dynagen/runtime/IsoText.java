package io.dynagen.runtime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the ISO-8601 text that {@link Instant#toString()} and {@link LocalDate#toString()} write
 * for years 0000 to 9999, without {@code java.time}'s general formatter: reading timestamps was
 * most of the time spent reading an item ({@code Instant.parse} takes over 20 times as long).
 * Anything else, valid or not, is left to {@code Instant.parse} and {@code LocalDate.parse}, so
 * what is accepted and what is refused stay exactly theirs.
 */
final class IsoText {
  /** Days from 0000-01-01 to 1970-01-01, as {@code LocalDate} counts them. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  private IsoText() {}

  /** {@code Instant.parse(text)}. */
  static Instant parseInstant(String text) {
    Instant fast = canonicalInstant(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** {@code LocalDate.parse(text)}. */
  static LocalDate parseLocalDate(String text) {
    if (text.length() == 10) {
      int date = yearMonthDay(text);
      if (date != NOT_A_DATE) {
        // LocalDate.of, not ofEpochDay: converting back from a day count costs more than the parse.
        return LocalDate.of(date >>> 9, date >>> 5 & 15, date & 31);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} as an Instant, or {@code null} for any other text
   * (including leap seconds and out-of-range fields, which {@code Instant.parse} judges).
   */
  static Instant canonicalInstant(String text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(10) != 'T' || text.charAt(length - 1) != 'Z'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    long epochDay = epochDay(text);
    int hour = twoDigits(text, 11);
    int minute = twoDigits(text, 14);
    int second = twoDigits(text, 17);
    if (epochDay == Long.MIN_VALUE || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int digits = length - 21;
      if (text.charAt(19) != '.' || digits < 1) {
        return null;
      }
      for (int i = 20; i < length - 1; i++) {
        int digit = text.charAt(i) - '0';
        if (digit < 0 || digit > 9) {
          return null;
        }
        nanos = nanos * 10 + digit;
      }
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** What {@link #yearMonthDay} gives for any other text. */
  private static final int NOT_A_DATE = -1;

  /**
   * The valid date {@code yyyy-MM-dd} at the start of {@code text} as {@code year << 9 | month << 5
   * | day}, or {@link #NOT_A_DATE}.
   */
  private static int yearMonthDay(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return NOT_A_DATE;
    }
    int high = twoDigits(text, 0);
    int low = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1) {
      return NOT_A_DATE;
    }
    int year = high * 100 + low;
    return day > daysIn(month, year) ? NOT_A_DATE : year << 9 | month << 5 | day;
  }

  /**
   * The days of a month, as {@code Month.length}: by hand, because {@code Month} and {@code Year}
   * are classes an application's first instant or date would otherwise load for this alone.
   */
  private static int daysIn(int month, int year) {
    if (month == 2) {
      return isLeap(year) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** {@code Year.isLeap}: the proleptic Gregorian rule. */
  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * The epoch day of {@code yyyy-MM-dd} at the start of {@code text}, or {@link Long#MIN_VALUE} if
   * it is not a valid date written so.
   */
  private static long epochDay(String text) {
    int date = yearMonthDay(text);
    if (date == NOT_A_DATE) {
      return Long.MIN_VALUE;
    }
    int year = date >>> 9;
    int month = date >>> 5 & 15;
    int day = date & 31;
    // LocalDate.toEpochDay, for a year that is not negative.
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total -= isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  /** The number of two ASCII digits at {@code at}, or -1 if they are not both digits. */
  private static int twoDigits(String text, int at) {
    int tens = text.charAt(at) - '0';
    int ones = text.charAt(at + 1) - '0';
    if (tens < 0 || tens > 9 || ones < 0 || ones > 9) {
      return -1;
    }
    return tens * 10 + ones;
  }
}
