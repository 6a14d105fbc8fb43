package io.dynagen.example;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/**
 * A Netty event loop for one async client, which {@link #close} ends at once: it closes every
 * connection the client opened on it, waits for that, then ends the loop's threads without
 * Netty's quiet period. (Ending the threads while connections were still open made each closing
 * connection's bookkeeping post a task to a loop thread already gone: harmless, but logged as a
 * warning. The quiet period of the SDK's own shutdown, two seconds, is what otherwise covers it.)
 */
final class OwnedEventLoop implements AutoCloseable {
  /** The longest wait for connections to close and threads to end (the SDK waits 15 s for its own loops). */
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(15);

  private final NioEventLoopGroup group = new NioEventLoopGroup(0, daemonThreads());
  private final ChannelGroup channels = new DefaultChannelGroup("dynagen-example-async", GlobalEventExecutor.INSTANCE);

  /** {@return the loop as the SDK's Netty client takes it; the client does not close a loop it is given} */
  SdkEventLoopGroup forSdk() {
    return SdkEventLoopGroup.create(group, this::newChannel);
  }

  /** {@return the Netty loop itself} */
  EventLoopGroup group() {
    return group;
  }

  /** Each connection is remembered (until it closes), so that {@link #close} can close it and wait. */
  private Channel newChannel() {
    NioSocketChannel channel = new NioSocketChannel();
    channels.add(channel);
    return channel;
  }

  /** Closes the open connections, waits for them, then ends the threads and waits for that. */
  @Override
  public void close() {
    long timeout = SHUTDOWN_TIMEOUT.toMillis();
    channels.close().awaitUninterruptibly(timeout);
    group.shutdownGracefully(0, timeout, TimeUnit.MILLISECONDS).awaitUninterruptibly(timeout + 1000);
  }

  /** Daemon threads, as the SDK's own loop has: they never hold a JVM whose work is done. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "dynagen-example-netty-" + number.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
