package io.dynagen.runtime.table.batch;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Tells a failed request that certainly changed nothing from one that may have: what a batch
 * reports as "not applied" and what as "outcome unknown".
 */
final class RequestFailures {
  private RequestFailures() {}

  /**
   * True if the request certainly was not applied: the service answered with a 4xx error (it
   * refused the request whole: DynamoDB applies no part of a refused BatchWriteItem), or the
   * client could not reach the service at all (connection refused, unknown host, no route). A
   * 5xx error, a timeout waiting for the answer, a dropped connection, an interrupt or anything
   * else may come after the service applied the request; so may a refused connection whose
   * earlier attempts (the SDK's retries) failed so.
   */
  static boolean certainlyNotApplied(Throwable failure) {
    // The SDK's own retries: each earlier attempt's failure is suppressed in the last one, and an
    // attempt that timed out may have been applied although the last was refused a connection.
    for (Throwable attempt : failure.getSuppressed()) {
      if (!attemptCertainlyNotApplied(attempt)) {
        return false;
      }
    }
    return attemptCertainlyNotApplied(failure);
  }

  private static boolean attemptCertainlyNotApplied(Throwable failure) {
    if (failure instanceof SdkServiceException) {
      int status = ((SdkServiceException) failure).statusCode();
      return status >= 400 && status < 500;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SdkServiceException) {
        return attemptCertainlyNotApplied(cause);
      }
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * True for DynamoDB's refusal of a request as invalid (ValidationException): in a batch, one
   * invalid write makes the whole request fail, so the batch is split to find it.
   */
  static boolean isValidation(Throwable failure) {
    return failure instanceof AwsServiceException
        && ((AwsServiceException) failure).awsErrorDetails() != null
        && "ValidationException".equals(((AwsServiceException) failure).awsErrorDetails().errorCode());
  }
}
