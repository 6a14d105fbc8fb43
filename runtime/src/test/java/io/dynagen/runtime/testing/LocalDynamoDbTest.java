package io.dynagen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class LocalDynamoDbTest {
  @Test
  void servesRequestsOverHttp() {
    assertNotNull(LocalDynamoDb.client().listTables().tableNames());
  }
}
