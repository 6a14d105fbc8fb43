package io.dynagen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what one logger logs (through {@code java.util.logging}, where {@code System.Logger}
 * goes when no other logging is on the class path), to prove that something was reported rather
 * than lost. Close it to detach.
 */
public final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new ArrayList<>();

  /** Starts recording what the logger named {@code name} logs. */
  public LogCapture(String name) {
    logger = Logger.getLogger(name);
    setLevel(Level.ALL);
    logger.addHandler(this);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  /** The records so far. */
  public synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The first record whose message contains {@code text}; fails the test if there is none. */
  public LogRecord recordContaining(String text) {
    for (LogRecord record : records()) {
      if (record.getMessage() != null && record.getMessage().contains(text)) {
        return record;
      }
    }
    throw new AssertionError("Nothing logged containing '" + text + "'; logged: "
        + records().stream().map(LogRecord::getMessage).toList());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
