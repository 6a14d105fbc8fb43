package io.dynagen.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The extension as a user's test meets it: the server runs on loopback, the client works over
 * HTTP, the table exists and is empty before each test, and any credentials and region reach the
 * same database. This module's build copies no native library and leaves out DynamoDB Local's
 * telemetry clients, as a user's build would. The server itself (loopback only, one per JVM) is
 * dynagen-test-local's, tested there.
 */
class DynamoDbLocalTest {
  @RegisterExtension
  static final DynamoDbLocal dynamo = DynamoDbLocal.withTables(NoteSchema.INSTANCE);

  /** Each run starts on an empty table, whatever the run before it wrote (60 notes: three pages of deletes). */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void eachTestStartsWithAnEmptyTable(int run, DynamoDbClient client) {
    NoteTable notes = NoteTable.create(client);
    assertEquals(0, notes.scan().count(), "run " + run + " found notes of the run before");

    try (var writer = notes.batchWriter()) {
      IntStream.range(0, 60).forEach(i -> writer.put(new Note("ada", i, "note " + i)));
    }

    assertEquals(60, notes.query("ada").toList().size());
  }

  @Test
  void theClientParameterIsTheExtensionsClient(DynamoDbClient client) {
    assertTrue(client == dynamo.client());
    assertEquals("127.0.0.1", dynamo.endpoint().getHost());
    NoteTable.create(client).put(new Note("grace", 1, "hello"));

    assertEquals(Optional.of(new Note("grace", 1, "hello")), NoteTable.create(dynamo.client()).get("grace", 1));
  }

  @Test
  void anyAccessKeyAndRegionSeeTheSameDatabase() {
    try (DynamoDbClient other = DynamoDbClient.builder()
        .endpointOverride(dynamo.endpoint())
        .region(Region.AP_SOUTHEAST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("someone", "else")))
        .httpClient(UrlConnectionHttpClient.create())
        .build()) {
      assertTrue(other.listTables().tableNames().contains("notes"));
    }
  }

  @Test
  void oneServerPerJvm() {
    assertEquals(dynamo.endpoint(), new DynamoDbLocal().endpoint());
  }

  @Test
  void dynamoDbLocalsTelemetryClientsAreNotOnTheClasspath() {
    assertFalse(onClasspath("software.amazon.awssdk.services.pinpoint.PinpointClient"));
    assertFalse(onClasspath("software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient"));
  }

  private static boolean onClasspath(String className) {
    return DynamoDbLocalTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class") != null;
  }
}
