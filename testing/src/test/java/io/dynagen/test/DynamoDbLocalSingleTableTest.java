package io.dynagen.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A single table in the extension, through the generated table's {@code SCHEMA}: created with its
 * shared index before the first test, expiry turned on by its entities' {@code @Ttl}, and empty
 * before each.
 */
class DynamoDbLocalSingleTableTest {
  @RegisterExtension
  static final DynamoDbLocal dynamo = DynamoDbLocal.withTables(ShelfTable.SCHEMA);

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void theTableAndItsSharedIndexExistAndStartEmpty(int run, DynamoDbClient client) {
    ShelfTable shelves = ShelfTable.create(client);
    assertEquals(0, shelves.scan().count(), "run " + run + " found items of the run before");

    shelves.labels().put(new Shelf.Label("s-1", "Poetry", null));
    IntStream.range(0, 30).forEach(i -> shelves.volumes().put(new Shelf.Volume("s-1", i, "isbn-" + i % 3)));

    assertEquals(31, shelves.shelfCollection("s-1").count());
    assertEquals(List.of(1, 4, 7, 10, 13, 16, 19, 22, 25, 28),
        shelves.volumes().queryGsi1("isbn-1").stream().map(Shelf.Volume::position).sorted().toList());
  }

  @Test
  void theTableExpiresItemsByItsEntitiesTtlAttribute(DynamoDbClient client) {
    assertEquals(Optional.of("removeAfter"), ShelfTable.create(client).timeToLiveAttribute());
  }
}
