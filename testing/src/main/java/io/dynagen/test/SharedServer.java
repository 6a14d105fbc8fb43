package io.dynagen.test;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The one DynamoDB Local of this JVM and its client, started on first use, stopped at exit. */
final class SharedServer {
  private SharedServer() {}

  /** Loaded on first use: the JVM guarantees this happens once, even across threads. */
  private static final class Holder {
    static final DynamoDbLocalServer SERVER = start();
    static final DynamoDbClient CLIENT = DynamoDbClient.builder()
        .endpointOverride(SERVER.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "test")))
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(30)))
        .build();
  }

  static URI endpoint() {
    return Holder.SERVER.endpoint();
  }

  static DynamoDbClient client() {
    return Holder.CLIENT;
  }

  private static DynamoDbLocalServer start() {
    DynamoDbLocalServer server = DynamoDbLocalServer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynamodb-local-stop"));
    return server;
  }
}
