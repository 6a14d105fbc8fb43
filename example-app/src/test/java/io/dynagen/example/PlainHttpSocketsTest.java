package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.runtime.testing.LocalDynamoDb;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.protocol.BasicHttpContext;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client of a plain-HTTP endpoint is built without TLS, and still works; others keep the SDK's TLS. */
class PlainHttpSocketsTest {

  @Test
  void onlyAPlainHttpEndpointGoesWithoutTls() {
    assertNotNull(PlainHttpSockets.forEndpoint(URI.create("http://localhost:8000")));
    assertNull(PlainHttpSockets.forEndpoint(URI.create("https://dynamodb.eu-west-1.amazonaws.com")));
    assertNull(PlainHttpSockets.forEndpoint(null));
  }

  @Test
  void aTlsConnectionIsRefusedNamingTheEndpoint() {
    ConnectionSocketFactory sockets = PlainHttpSockets.forEndpoint(URI.create("http://localhost:8000"));

    IOException refused = assertThrows(IOException.class, () -> sockets.createSocket(new BasicHttpContext()));

    assertEquals("This client was built for the plain-HTTP endpoint http://localhost:8000 and has no TLS set up:"
        + " give an https:// endpoint to talk TLS", refused.getMessage());
  }

  @Test
  void theClientOfAPlainHttpEndpointTalksToDynamoDbLocal() {
    try (DynamoDbClient client = ClientFactory.create(ClientSettings.local(LocalDynamoDb.endpoint()), List.of())) {
      assertNotNull(client.listTables().tableNames());
    }
  }
}
