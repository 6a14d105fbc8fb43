package io.dynagen.bench.mapping;

import java.util.List;

/** The readers of the shop's item collection that the benchmarks compare. */
public final class ShopReaders {
  private ShopReaders() {}

  /** The approaches measured on the collection. */
  public static List<Approach> approaches() {
    return List.of(Approach.DYNAGEN, Approach.CAREFUL);
  }

  /** A new reader of {@code approach}. */
  public static CollectionReader of(Approach approach) {
    switch (approach) {
      case DYNAGEN:
        return new DynagenShopReader();
      case CAREFUL:
        return new CarefulShopReader();
      default:
        throw new IllegalArgumentException(approach + " is not measured on the shop collection");
    }
  }
}
