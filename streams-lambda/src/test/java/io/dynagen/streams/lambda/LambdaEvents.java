package io.dynagen.streams.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The other way, for the tests only: SDK values and records as a Lambda event would carry them,
 * so that what DynamoDB Local's stream API gave can be handed to the converter as Lambda would.
 */
final class LambdaEvents {
  private LambdaEvents() {}

  static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toEvents(AttributeValue value) {
    var events = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    switch (value.type()) {
      case S -> events.setS(value.s());
      case N -> events.setN(value.n());
      case B -> events.setB(buffer(value.b()));
      case SS -> events.setSS(new ArrayList<>(value.ss()));
      case NS -> events.setNS(new ArrayList<>(value.ns()));
      case BS -> events.setBS(value.bs().stream().map(LambdaEvents::buffer).toList());
      case M -> events.setM(toEvents(value.m()));
      case L -> events.setL(value.l().stream().map(LambdaEvents::toEvents).toList());
      case BOOL -> events.setBOOL(value.bool());
      case NUL -> events.setNULL(value.nul());
      default -> throw new IllegalArgumentException("no type: " + value);
    }
    return events;
  }

  static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toEvents(
      Map<String, AttributeValue> item) {
    var events = new LinkedHashMap<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>();
    item.forEach((name, value) -> events.put(name, toEvents(value)));
    return events;
  }

  /** A buffer whose position is not 0, as a deserializer's slice of a larger array may be. */
  private static ByteBuffer buffer(SdkBytes bytes) {
    byte[] raw = bytes.asByteArray();
    byte[] padded = new byte[raw.length + 3];
    System.arraycopy(raw, 0, padded, 2, raw.length);
    return ByteBuffer.wrap(padded, 2, raw.length);
  }

  static DynamodbEvent.DynamodbStreamRecord toEvents(Record record) {
    var events = new DynamodbEvent.DynamodbStreamRecord();
    events.setEventID(record.eventID());
    events.setEventName(record.eventNameAsString());
    events.setEventVersion(record.eventVersion());
    events.setEventSource(record.eventSource());
    events.setAwsRegion(record.awsRegion());
    var change = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord();
    change.setKeys(toEvents(record.dynamodb().keys()));
    if (record.dynamodb().hasNewImage()) {
      change.setNewImage(toEvents(record.dynamodb().newImage()));
    }
    if (record.dynamodb().hasOldImage()) {
      change.setOldImage(toEvents(record.dynamodb().oldImage()));
    }
    change.setSequenceNumber(record.dynamodb().sequenceNumber());
    change.setSizeBytes(record.dynamodb().sizeBytes());
    change.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.fromValue(
        record.dynamodb().streamViewTypeAsString()));
    if (record.dynamodb().approximateCreationDateTime() != null) {
      change.setApproximateCreationDateTime(Date.from(record.dynamodb().approximateCreationDateTime()));
    }
    events.setDynamodb(change);
    return events;
  }

  static DynamodbEvent event(List<Record> records) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(records.stream().map(LambdaEvents::toEvents).toList());
    return event;
  }
}
