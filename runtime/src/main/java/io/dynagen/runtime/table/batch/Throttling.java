package io.dynagen.runtime.table.batch;

import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Tells throttling apart from other failures. A throttled batch request wrote or read nothing
 * and may be sent again after a pause; any other failure of a whole request is final for what
 * it carried (the SDK has already retried what it deems transient).
 */
final class Throttling {
  private Throttling() {}

  /**
   * True for DynamoDB's throttling errors (ProvisionedThroughputExceeded, Throttling,
   * RequestLimitExceeded) and any service error the SDK itself classes as throttling (HTTP 429,
   * or an AWS throttling error code).
   */
  static boolean isThrottling(Throwable failure) {
    return failure instanceof ProvisionedThroughputExceededException
        || failure instanceof ThrottlingException
        || failure instanceof RequestLimitExceededException
        || failure instanceof SdkServiceException && ((SdkServiceException) failure).isThrottlingException();
  }
}
