package io.dynagen.runtime.table;

/**
 * Bulk reading passed the deadline of its options: it sent no further request and stopped. The
 * message says what was read and what was not.
 */
public final class DeadlineExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The failure.
   *
   * @param message what was read and what was not
   */
  public DeadlineExceededException(String message) {
    super(message);
  }
}
