package io.dynagen.runtime.testing;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * An async client of the shared DynamoDB Local on the SDK's Netty client with ONE event loop
 * thread, whose responses complete their futures on that very thread (no completion executor).
 * So every callback Dynagen chains runs on the event loop: had Dynagen blocked on a future
 * there, the loop could never read the response it waits for and the test would never end. The
 * tests also check, through {@link #completedOnEventLoop}, that Dynagen's futures do complete on
 * that thread (so the proof covers them), and the {@link #await} of a test thread is the only
 * wait. Close it after the tests.
 */
public final class OneThreadAsyncClient implements AutoCloseable {
  /** How long a test waits for a future before it calls the event loop blocked. */
  private static final long STUCK_SECONDS = 60;

  private final Set<Thread> loopThreads = ConcurrentHashMap.newKeySet();
  private final SdkEventLoopGroup loop;
  private final DynamoDbAsyncClient client;

  public OneThreadAsyncClient() {
    this(new ExecutionInterceptor[0]);
  }

  /** A client whose requests also go through {@code interceptors} (a {@link RequestLog}, say). */
  public OneThreadAsyncClient(ExecutionInterceptor... interceptors) {
    loop = SdkEventLoopGroup.builder()
        .numberOfThreads(1)
        .threadFactory(task -> {
          Thread thread = new Thread(task, "one-event-loop");
          thread.setDaemon(true);
          loopThreads.add(thread);
          return thread;
        })
        .build();
    client = DynamoDbAsyncClient.builder()
        .endpointOverride(LocalDynamoDb.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local")))
        .httpClientBuilder(NettyNioAsyncHttpClient.builder()
            .eventLoopGroup(loop)
            .connectionTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(30)))
        .asyncConfiguration(config -> config.advancedOption(
            SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR, Runnable::run))
        .overrideConfiguration(config -> interceptorsOf(config, interceptors))
        .build();
  }

  private static void interceptorsOf(ClientOverrideConfiguration.Builder config, ExecutionInterceptor[] interceptors) {
    for (ExecutionInterceptor interceptor : interceptors) {
      config.addExecutionInterceptor(interceptor);
    }
  }

  public DynamoDbAsyncClient client() {
    return client;
  }

  /**
   * Occupies the event loop until the returned latch is counted down, so that no response is
   * read meanwhile: for tests that need the state of a writer before any of its requests
   * complete. (The test blocks the loop on purpose; Dynagen never does.)
   */
  public CountDownLatch holdEventLoop() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch held = new CountDownLatch(1);
    loop.eventLoopGroup().execute(() -> {
      held.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    held.await();
    return release;
  }

  /** True if the current thread is the event loop's. */
  public boolean onEventLoop() {
    return loopThreads.contains(Thread.currentThread());
  }

  /**
   * The future's value, waited for on the test's thread; fails the test if the future has not
   * completed after a minute (the loop is blocked). A failure is rethrown unwrapped, as the
   * caller of an async API sees it in {@code exceptionally}.
   */
  public <T> T await(CompletableFuture<T> future) throws Throwable {
    try {
      return future.get(STUCK_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("The future did not complete in " + STUCK_SECONDS + " s: is the event loop blocked?", e);
    }
  }

  /**
   * A future completing as {@code future} does, recording in {@code threads} whether the
   * completion ran on the event loop.
   */
  public <T> CompletableFuture<T> completedOnEventLoop(CompletableFuture<T> future, Set<Boolean> threads) {
    Thread attaching = Thread.currentThread();
    return future.whenComplete((value, failure) -> recordCompletion(attaching, threads));
  }

  /**
   * Records whether a completion callback runs on the event loop. A callback that runs on the
   * thread that attached it means the future had already completed when it was attached (on a
   * fast machine a response can arrive first; an argument error completes before any request):
   * where it completed is then unknown, so nothing is recorded rather than a false alarm.
   */
  public void recordCompletion(Thread attaching, Set<Boolean> threads) {
    if (Thread.currentThread() != attaching) {
      threads.add(onEventLoop());
    }
  }

  @Override
  public void close() {
    client.close();
    loop.eventLoopGroup().shutdownGracefully(0, 1, TimeUnit.SECONDS);
  }
}
