package io.dynagen.runtime.table.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testmodel.TestUser;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * A request whose first attempt reached DynamoDB Local (its writes landed, the answer was lost)
 * and whose retry by the SDK was throttled: the writes may have landed, so even when Dynagen's
 * own attempts run out they are "outcome unknown", never "not applied".
 */
class BatchThrottledAfterTimeoutTest {
  /** Each BatchWriteItem call: the first attempt is sent and its answer lost; later ones are throttled. */
  private static final class AnswerLostThenThrottled implements ExecutionInterceptor {
    private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("qa.attempts");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      attributes.putAttribute(ATTEMPTS, new AtomicInteger());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      if (context.request() instanceof BatchWriteItemRequest && attributes.getAttribute(ATTEMPTS).incrementAndGet() > 1) {
        throw ProvisionedThroughputExceededException.builder().message("throttled (injected)").statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                .errorMessage("throttled (injected)").serviceName("DynamoDb").build())
            .build();
      }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
      if (context.request() instanceof BatchWriteItemRequest) {
        throw SdkClientException.create("answer lost (injected)", new IOException("Connection reset"));
      }
    }
  }

  @Test
  void writesWhoseRequestMayHaveLandedBeforeAThrottledRetryAreNeverReportedNotApplied() {
    // The SDK tries each request twice: the answer of the first is lost, the second throttled.
    DynamoDbClient client = LocalDynamoDb.newClientWithAttempts(2, new AnswerLostThenThrottled());
    TypedTable<TestUser> users = UsersTables.create(client, "throttled-after-lost");
    BatchWriter<TestUser> writer = users.batchWriter(BatchWriteOptions.defaults().withMaxAttempts(2));
    for (int i = 0; i < 10; i++) {
      writer.put(TestUser.of("user" + i, "Doe", "Jane", i, null));
    }

    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);

    TypedTable<TestUser> plain = TypedTable.of(LocalDynamoDb.client(), users.schema(), users.tableName());
    for (BatchWriteException.Unwritten<TestUser> write : e.notApplied(users)) {
      assertTrue(plain.get(write.key()).isEmpty(), "reported not applied but stored: " + write);
    }
    assertEquals(10, plain.scan().count(), "the first attempt of each request landed");
    assertEquals(10, e.outcomeUnknown(users).size(), e.getMessage());
  }
}
