package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Address;
import io.dynagen.bench.model.Order;
import io.dynagen.bench.model.OrderLine;
import io.dynagen.bench.model.Playlist;
import io.dynagen.bench.model.Status;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.Wide;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The objects the benchmarks map: every property set, with values of realistic length. Built
 * without lambdas or string concatenation, so that a cold-start run pays for neither before it
 * maps its first item.
 */
public final class Samples {
  private Samples() {}

  /** janedoering of the walk-through, with roles and a creation time. */
  public static User user() {
    return user("janedoering", "Doering");
  }

  /** A users item with the given key and the rest of janedoering's attributes. */
  public static User user(String username, String lastName) {
    User user = new User();
    user.setUsername(username);
    user.setLastName(lastName);
    user.setFirstName("Jane");
    user.setAge(40);
    user.setAccountType("super_user");
    user.setAddress(new Address("2 Washington Avenue", "Seattle", "WA", 98109));
    user.setRoles(List.of("admin", "billing", "support"));
    user.setCreatedAt(Instant.ofEpochSecond(1_700_000_000L, 123_000_000));
    return user;
  }

  /** A catalogue item with all 30 attributes set. */
  public static Wide wide() {
    Wide wide = new Wide();
    wide.setId("prod-7f3a9c2e-0b1d-4e6f-9a8b-5c4d3e2f1a0b");
    wide.setName("Stainless steel vacuum flask, 750 ml");
    wide.setDescription("Double-walled, keeps drinks hot for 12 hours and cold for 24;"
        + " leak-proof lid, fits most cup holders.");
    wide.setCategory("kitchen/drinkware");
    wide.setBrand("Northwind");
    wide.setSupplier("Contoso Metalworks Ltd.");
    wide.setWarehouse("SEA-04");
    wide.setBarcode("5012345678900");
    wide.setStatus(Status.ACTIVE);
    wide.setQuantity(1_284);
    wide.setReorderLevel(150);
    wide.setShelfLifeDays(3_650);
    wide.setViews(9_876_543_210L);
    wide.setRevision(42L);
    wide.setWeightKg(0.385);
    wide.setRating(4.7f);
    wide.setDiscount(0.15);
    wide.setPrice(new BigDecimal("24.99"));
    wide.setActive(true);
    wide.setFeatured(Boolean.FALSE);
    wide.setCreatedAt(Instant.ofEpochSecond(1_690_000_000L));
    wide.setUpdatedAt(Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
    wide.setReleaseDate(LocalDate.of(2023, 7, 22));
    wide.setTrackingId(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    wide.setTags(List.of("insulated", "bpa-free", "gift", "outdoor"));
    wide.setSizes(List.of(350, 500, 750, 1000));
    Set<String> colors = new LinkedHashSet<>();
    colors.add("black");
    colors.add("silver");
    colors.add("forest green");
    wide.setColors(colors);
    Map<String, Integer> stock = new LinkedHashMap<>();
    stock.put("us-east", 640);
    stock.put("us-west", 412);
    stock.put("eu-central", 232);
    wide.setStockByRegion(stock);
    wide.setNotes("Restock before the holiday season.");
    wide.setOrigin(new Address("1 Harbour Road", "Portland", "OR", 97201));
    return wide;
  }

  /** A playlist of 1,000 track ids. */
  public static Playlist playlist() {
    List<String> tracks = new ArrayList<>(1_000);
    for (int i = 0; i < 1_000; i++) {
      tracks.add(String.format("trk-%08d-%s", 7_919 * i, i % 2 == 0 ? "live" : "studio"));
    }
    return new Playlist("pl-2f9c", tracks);
  }

  /** An order of 100 lines, each a nested document. */
  public static Order order() {
    List<OrderLine> lines = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) {
      lines.add(new OrderLine(String.format("sku-%06d", 104_729 * i % 1_000_000), "Item number " + i, 1 + i % 7,
          199L + 37L * i));
    }
    return new Order("ord-5d1e-77a0", "cust-0042", lines);
  }
}
