package io.dynagen.runtime.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads the records of a table's stream from the shared DynamoDB Local over HTTP, with the SDK's
 * {@link DynamoDbStreamsClient} pointed at the same endpoint, as a stream consumer would.
 */
public final class StreamCapture {
  private static final DynamoDbStreamsClient STREAMS = DynamoDbStreamsClient.builder()
      .endpointOverride(LocalDynamoDb.endpoint())
      .region(Region.US_EAST_1)
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "local")))
      .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
      .build();

  private StreamCapture() {}

  /** The shared streams client; do not close it. */
  public static DynamoDbStreamsClient streams() {
    return STREAMS;
  }

  /**
   * Every record of the table's stream so far, shard by shard from the oldest, each shard read
   * until a page comes back empty (DynamoDB Local's open shard never ends).
   */
  public static List<Record> records(String tableName) {
    String streamArn = LocalDynamoDb.client().describeTable(b -> b.tableName(tableName)).table().latestStreamArn();
    if (streamArn == null) {
      throw new IllegalStateException("Table " + tableName + " has no stream; create it with one");
    }
    StreamDescription stream = STREAMS.describeStream(b -> b.streamArn(streamArn)).streamDescription();
    List<Record> records = new ArrayList<>();
    for (Shard shard : stream.shards()) {
      String iterator = STREAMS.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      while (iterator != null) {
        String current = iterator;
        var page = STREAMS.getRecords(b -> b.shardIterator(current));
        if (page.records().isEmpty()) {
          break;
        }
        records.addAll(page.records());
        iterator = page.nextShardIterator();
      }
    }
    return records;
  }
}
