package io.dynagen.runtime.table.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One async request the way every async operation sends it: built (and checked) first, sent,
 * its response decoded, and any failure turned into the exception the sync operation throws.
 * Nothing here waits: each step runs in the callback of the one before.
 */
public final class AsyncCalls {
  private AsyncCalls() {}

  /**
   * A future of the decoded response of the request {@code build} makes, sent with {@code send}.
   * It completes exceptionally with the very exception the sync operation throws ({@code
   * build}'s {@code IllegalArgumentException}, {@code translate}'s {@code
   * ConditionFailedException}, {@code decode}'s {@code MappingException}), never with a {@code
   * CompletionException} around it. Cancelling it cancels the request's own future.
   */
  public static <Q, S, R> CompletableFuture<R> call(
      Supplier<Q> build,
      Function<Q, CompletableFuture<S>> send,
      Function<S, R> decode,
      Function<Throwable, Throwable> translate) {
    CompletableFuture<R> result = new CompletableFuture<>();
    CompletableFuture<S> sent;
    try {
      sent = send.apply(build.get());
    } catch (RuntimeException | Error e) {
      // Checks that fail before anything is sent, and clients that throw instead of failing.
      result.completeExceptionally(e);
      return result;
    }
    sent.whenComplete((response, failure) -> {
      if (failure != null) {
        result.completeExceptionally(translate.apply(unwrap(failure)));
        return;
      }
      try {
        result.complete(decode.apply(response));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((ignored, failure) -> {
      if (result.isCancelled()) {
        sent.cancel(true);
      }
    });
    return result;
  }

  /**
   * {@code future}'s result mapped by {@code map}; a failure passes through as it is, not wrapped
   * in a {@code CompletionException} as {@code thenApply} would wrap it.
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> future, Function<A, B> map) {
    CompletableFuture<B> result = new CompletableFuture<>();
    future.whenComplete((value, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
        return;
      }
      try {
        result.complete(map.apply(value));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((ignored, failure) -> {
      if (result.isCancelled()) {
        future.cancel(true);
      }
    });
    return result;
  }

  /**
   * The future {@code next} makes of {@code future}'s result, once it has one; a failure of either
   * passes through as it is, not wrapped as {@code thenCompose} would wrap it. Cancelling the
   * result cancels the step in progress.
   */
  public static <A, B> CompletableFuture<B> then(CompletableFuture<A> future, Function<A, CompletableFuture<B>> next) {
    CompletableFuture<B> result = new CompletableFuture<>();
    future.whenComplete((value, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
        return;
      }
      CompletableFuture<B> step;
      try {
        step = next.apply(value);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        return;
      }
      step.whenComplete((stepValue, stepFailure) -> {
        if (stepFailure != null) {
          result.completeExceptionally(unwrap(stepFailure));
        } else {
          result.complete(stepValue);
        }
      });
      result.whenComplete((ignored, any) -> {
        if (result.isCancelled()) {
          step.cancel(true);
        }
      });
    });
    result.whenComplete((ignored, failure) -> {
      if (result.isCancelled()) {
        future.cancel(true);
      }
    });
    return result;
  }

  /** A future that already failed with {@code failure}, as a request that could not be built. */
  public static <R> CompletableFuture<R> failed(Throwable failure) {
    return CompletableFuture.failedFuture(failure);
  }

  /**
   * The failure itself, out of the {@link CompletionException}s and {@link ExecutionException}s
   * that futures wrap failures in along a chain.
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
