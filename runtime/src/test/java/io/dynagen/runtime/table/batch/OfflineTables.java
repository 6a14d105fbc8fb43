package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A users table for unit tests that never send a request: its client points nowhere. */
public final class OfflineTables {
  private static final DynamoDbClient NOWHERE =
      DynamoDbClient.builder()
          .endpointOverride(URI.create("http://127.0.0.1:9"))
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynagen", "offline")))
          .httpClientBuilder(UrlConnectionHttpClient.builder())
          .build();

  public static final TypedTable<TestUser> USERS = TypedTable.of(NOWHERE, TestUserSchema.INSTANCE, "users");

  private OfflineTables() {}

  public static Map<String, AttributeValue> key(String username, String lastName) {
    return USERS.key(username, Encoders.STRING, lastName, Encoders.STRING);
  }

  static PendingWrite put(TestUser user) {
    return PendingWrite.put(TableInternals.operations(USERS), user, false);
  }

  static PendingWrite delete(String username, String lastName) {
    return PendingWrite.delete(TableInternals.operations(USERS), key(username, lastName));
  }
}
