package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.RequestLog;
import org.junit.jupiter.api.function.Executable;

/** Asserts that bad arguments fail at the call, naming what is wrong, before any request. */
public final class Rejections {
  private Rejections() {}

  /**
   * Runs {@code call}, which must throw an IllegalArgumentException whose message holds every
   * one of {@code mentions}, while {@code log} (cleared before the test) records no request.
   */
  public static IllegalArgumentException rejectedBeforeSending(RequestLog log, Executable call, String... mentions) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String mention : mentions) {
      assertTrue(e.getMessage().contains(mention), e.getMessage());
    }
    assertEquals(0, log.size(), "no request may be sent");
    return e;
  }
}
