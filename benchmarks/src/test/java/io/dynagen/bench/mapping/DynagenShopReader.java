package io.dynagen.bench.mapping;

import io.dynagen.bench.shop.ShopItem;
import io.dynagen.bench.shop.ShopItemTable;
import io.dynagen.runtime.ItemSchema;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the collection through the schema of the generated {@code ShopItemTable}, as a page of a
 * collection query is decoded: each item unless the schema skips it (it skips none: unknown types
 * fail), by the schema's dispatch on the stored type and the entity's generated decoder.
 */
public final class DynagenShopReader implements CollectionReader {
  private final ItemSchema<ShopItem> schema = schema();

  /** The schema of the generated table: what its collection queries decode each item with. */
  static ItemSchema<ShopItem> schema() {
    // The table's schema is reached through a table accessor; the client is never called.
    DynamoDbClient unused = DynamoDbClient.builder()
        .region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .endpointOverride(URI.create("http://127.0.0.1:1"))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
    return ShopItemTable.create(unused).schema();
  }

  @Override
  public List<ShopItem> read(List<Map<String, AttributeValue>> items) {
    int size = items.size();
    List<ShopItem> objects = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Map<String, AttributeValue> item = items.get(i);
      if (!schema.skipsOnRead(item)) {
        objects.add(schema.fromItem(item));
      }
    }
    return objects;
  }
}
