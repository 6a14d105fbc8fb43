package io.dynagen.streams.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * The records of a Lambda {@link DynamodbEvent} as the AWS SDK v2's {@link Record}s, every field
 * copied and every attribute value converted by {@link LambdaAttributeValues}, so that {@code
 * ItemChanges} reads them as it reads records from {@code DynamoDbStreamsClient}:
 *
 * <pre>{@code
 * for (Record record : LambdaRecords.toSdk(event)) {
 *   ItemChange<User> change = USERS.read(record);
 * }
 * }</pre>
 */
public final class LambdaRecords {
  private LambdaRecords() {}

  /**
   * The event's records, in order; none for an event without records.
   *
   * @param event the event Lambda handed the function
   * @return its records as the SDK's
   */
  public static List<Record> toSdk(DynamodbEvent event) {
    List<Record> records = new ArrayList<>();
    if (event.getRecords() != null) {
      for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
        records.add(toSdk(record));
      }
    }
    return records;
  }

  /**
   * One record.
   *
   * @param record a record of a Lambda event ({@code DynamodbEvent.DynamodbStreamRecord} is one)
   * @return the SDK record it stands for
   *
   * @throws IllegalArgumentException if an attribute value has no type set, naming its attribute
   */
  public static Record toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record record) {
    Record.Builder sdk = Record.builder()
        .eventID(record.getEventID())
        .eventName(record.getEventName())
        .eventVersion(record.getEventVersion())
        .eventSource(record.getEventSource())
        .awsRegion(record.getAwsRegion());
    if (record.getDynamodb() != null) {
      sdk.dynamodb(toSdk(record.getDynamodb()));
    }
    if (record.getUserIdentity() != null) {
      sdk.userIdentity(Identity.builder()
          .principalId(record.getUserIdentity().getPrincipalId())
          .type(record.getUserIdentity().getType())
          .build());
    }
    return sdk.build();
  }

  private static StreamRecord toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord change) {
    StreamRecord.Builder sdk = StreamRecord.builder()
        .keys(LambdaAttributeValues.toSdk(change.getKeys()))
        .sequenceNumber(change.getSequenceNumber())
        .sizeBytes(change.getSizeBytes())
        .streamViewType(change.getStreamViewType());
    // Left unset when absent, so that hasOldImage()/hasNewImage() say whether the view type keeps them.
    if (change.getOldImage() != null) {
      sdk.oldImage(LambdaAttributeValues.toSdk(change.getOldImage()));
    }
    if (change.getNewImage() != null) {
      sdk.newImage(LambdaAttributeValues.toSdk(change.getNewImage()));
    }
    if (change.getApproximateCreationDateTime() != null) {
      sdk.approximateCreationDateTime(change.getApproximateCreationDateTime().toInstant());
    }
    return sdk.build();
  }
}
