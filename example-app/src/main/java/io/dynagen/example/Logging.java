package io.dynagen.example;

/**
 * Sets up slf4j-simple, the SLF4J binding the app ships, before the first logger exists: the
 * SDK's and DynamoDB Local's logs at warnings only, or with {@code --verbose} the SDK's request
 * log ({@code software.amazon.awssdk.request} at DEBUG: each request's method, path and status,
 * and its request id), each line with its time of day. Properties already set on the command
 * line ({@code -D}) win.
 *
 * <p>The time of day only with {@code --verbose}: slf4j-simple builds its date format when the
 * first logger is made (the SDK makes one while building its client), whether or not anything is
 * logged, and in a fresh JVM that (calendar, locale data) was a few percent of a command's start.
 */
final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  static void configure(boolean verbose) {
    setIfAbsent(PREFIX + "defaultLogLevel", "warn");
    setIfAbsent(PREFIX + "showShortLogName", "true");
    if (verbose) {
      setIfAbsent(PREFIX + "showDateTime", "true");
      setIfAbsent(PREFIX + "dateTimeFormat", "HH:mm:ss.SSS");
      setIfAbsent(PREFIX + "log.software.amazon.awssdk.request", "debug");
    }
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
