package io.dynagen.bench.mapping;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a careful programmer writes instead of {@code Instant.parse}: a direct reader of the text
 * {@code Instant.toString()} writes ({@code 2023-11-14T22:13:20.123Z}), falling back to
 * {@code Instant.parse} for any other form; and the same for {@code LocalDate}.
 */
final class CarefulTime {
  private CarefulTime() {}

  /**
   * The fixed-width text an Instant is stored as ({@code 2023-11-14T22:13:20.123000000Z}), written
   * into a char array instead of through a formatter; years 0000 to 9999.
   */
  static String instantText(Instant instant) {
    long seconds = instant.getEpochSecond();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    char[] text = new char[30];
    int year = date.getYear();
    twoDigits(text, 0, year / 100);
    twoDigits(text, 2, year % 100);
    text[4] = '-';
    twoDigits(text, 5, date.getMonthValue());
    text[7] = '-';
    twoDigits(text, 8, date.getDayOfMonth());
    text[10] = 'T';
    twoDigits(text, 11, secondOfDay / 3_600);
    text[13] = ':';
    twoDigits(text, 14, secondOfDay / 60 % 60);
    text[16] = ':';
    twoDigits(text, 17, secondOfDay % 60);
    text[19] = '.';
    int fraction = instant.getNano();
    for (int i = 28; i > 19; i--) {
      text[i] = (char) ('0' + fraction % 10);
      fraction /= 10;
    }
    text[29] = 'Z';
    return new String(text);
  }

  private static void twoDigits(char[] text, int at, int value) {
    text[at] = (char) ('0' + value / 10);
    text[at + 1] = (char) ('0' + value % 10);
  }

  static Instant instant(String s) {
    int length = s.length();
    if (length < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(length - 1) != 'Z') {
      return Instant.parse(s);
    }
    int nanos = 0;
    if (length > 20) {
      int digits = length - 21;
      if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
        return Instant.parse(s);
      }
      nanos = digits(s, 20, length - 1);
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
        || hour > 23 || minute > 59 || second > 59 || nanos < 0) {
      return Instant.parse(s);
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
  }

  static LocalDate localDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return LocalDate.parse(s);
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    return year < 0 || month < 0 || day < 0 ? LocalDate.parse(s) : LocalDate.of(year, month, day);
  }

  /** The number of the decimal digits from {@code start} to {@code end}, or -1 if one is not a digit. */
  private static int digits(String s, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      int digit = s.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
