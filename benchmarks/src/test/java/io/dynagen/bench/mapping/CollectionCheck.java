package io.dynagen.bench.mapping;

import io.dynagen.bench.shop.ShopItem;
import io.dynagen.runtime.ItemSchema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fails fast unless the hand-written items of the shop collection are the very items Dynagen
 * writes, and every reader reads them back as the objects they were written from, in order: a
 * number never compares readers that do different work.
 */
public final class CollectionCheck {
  private CollectionCheck() {}

  /** Throws {@link IllegalStateException} naming the first reader and item that differ. */
  public static void requireAgreement() {
    List<ShopItem> expected = ShopSamples.collection();
    if (expected.size() != 1 + ShopSamples.ORDERS + ShopSamples.LINES) {
      throw new IllegalStateException("the shop collection has " + expected.size() + " items, not 100");
    }
    List<Map<String, AttributeValue>> items = ShopItems.of(expected);
    ItemSchema<ShopItem> dynagen = DynagenShopReader.schema();
    for (int i = 0; i < expected.size(); i++) {
      Map<String, AttributeValue> written = dynagen.toItem(expected.get(i));
      if (!written.equals(items.get(i))) {
        throw new IllegalStateException("shop collection: item " + i + " by hand differs from Dynagen's"
            + "\n  Dynagen: " + new TreeMap<>(written) + "\n  by hand: " + new TreeMap<>(items.get(i)));
      }
    }
    for (Approach approach : ShopReaders.approaches()) {
      List<ShopItem> read = ShopReaders.of(approach).read(items);
      if (read.size() != expected.size()) {
        throw new IllegalStateException(approach.label() + " read " + read.size() + " items, not " + expected.size());
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!expected.get(i).equals(read.get(i))) {
          throw new IllegalStateException("shop collection: " + approach.label() + " reads item " + i + " as "
              + read.get(i) + ", not " + expected.get(i));
        }
      }
    }
  }
}
