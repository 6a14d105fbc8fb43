package io.dynagen.example;

import io.netty.channel.EventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * An async client and the Netty event loop it runs on, closed together, at once.
 *
 * <p>The SDK's Netty client, left to make its own event loop, shuts it down gracefully when it
 * is closed: the loop ends only after two seconds without a task (Netty's quiet period), and
 * {@code close()} waits for that. A command that closes its client as its last step so ended two
 * seconds after its work was done. Given a loop made here, the SDK's client leaves the loop alone
 * when it is closed; {@link #close} then closes the loop's connections and ends its threads with
 * no quiet period. Nothing in flight is lost by that: the caller closes once the futures it needs
 * have completed (the load command after its batch writer's {@code close()} completed, every
 * write landed or reported).
 */
public final class AsyncClient implements AutoCloseable {
  private final DynamoDbAsyncClient client;
  private final OwnedEventLoop eventLoop;

  AsyncClient(DynamoDbAsyncClient client, OwnedEventLoop eventLoop) {
    this.client = client;
    this.eventLoop = eventLoop;
  }

  /** {@return the client; close this object, not the client alone, to end its event loop too} */
  public DynamoDbAsyncClient client() {
    return client;
  }

  /** {@return the event loop the client's connections run on, owned by this object} */
  public EventLoopGroup eventLoop() {
    return eventLoop.group();
  }

  /** Closes the client, then its connections and event loop; returns once the loop's threads have ended. */
  @Override
  public void close() {
    try {
      client.close();
    } finally {
      eventLoop.close();
    }
  }
}
