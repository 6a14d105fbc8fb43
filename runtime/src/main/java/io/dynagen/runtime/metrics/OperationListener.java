package io.dynagen.runtime.metrics;

/**
 * Sees every DynamoDB operation of a client once it has ended, successfully or not: registered
 * once, on the client, with {@link DynagenMetrics#interceptor}, it sees every get, put, update,
 * delete, query and scan page, batch request (each resend of unprocessed items included) and
 * transaction of every Dynagen table, index, batch and transaction on that client.
 *
 * <p>Called on the thread that sent the request (a batch writer's own threads, for instance), so
 * it must be thread-safe and quick: hand the event to a meter registry, do not block. An exception
 * it throws is logged and otherwise ignored, so that metrics never break a write that happened.
 */
@FunctionalInterface
public interface OperationListener {
  /**
   * Called once per operation, after its last attempt.
   *
   * @param event what the operation did
   */
  void operationEnded(OperationEvent event);
}
