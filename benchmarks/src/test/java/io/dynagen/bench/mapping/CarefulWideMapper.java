package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Status;
import io.dynagen.bench.model.Wide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The wide item mapped by hand with care for speed, in the style of {@link CarefulUserMapper}:
 * {@code create*} factories, direct readers of ISO timestamps and dates, and otherwise the same
 * code as {@link WideHandMapper}.
 */
public final class CarefulWideMapper implements ItemMapper<Wide> {

  @Override
  public Map<String, AttributeValue> toItem(Wide wide) {
    // 30 attributes: sized so the map never grows while it is filled.
    Map<String, AttributeValue> item = new HashMap<>(64);
    putString(item, "id", wide.getId());
    putString(item, "name", wide.getName());
    putString(item, "description", wide.getDescription());
    putString(item, "category", wide.getCategory());
    putString(item, "brand", wide.getBrand());
    putString(item, "supplier", wide.getSupplier());
    putString(item, "warehouse", wide.getWarehouse());
    putString(item, "barcode", wide.getBarcode());
    if (wide.getStatus() != null) {
      item.put("status", AttributeValue.createS(wide.getStatus().name()));
    }
    item.put("quantity", AttributeValue.createN(Integer.toString(wide.getQuantity())));
    item.put("reorderLevel", AttributeValue.createN(Integer.toString(wide.getReorderLevel())));
    if (wide.getShelfLifeDays() != null) {
      item.put("shelfLifeDays", AttributeValue.createN(Integer.toString(wide.getShelfLifeDays())));
    }
    item.put("views", AttributeValue.createN(Long.toString(wide.getViews())));
    if (wide.getRevision() != null) {
      item.put("revision", AttributeValue.createN(Long.toString(wide.getRevision())));
    }
    item.put("weightKg", AttributeValue.createN(Double.toString(wide.getWeightKg())));
    item.put("rating", AttributeValue.createN(Float.toString(wide.getRating())));
    if (wide.getDiscount() != null) {
      item.put("discount", AttributeValue.createN(Double.toString(wide.getDiscount())));
    }
    if (wide.getPrice() != null) {
      item.put("price", AttributeValue.createN(wide.getPrice().toPlainString()));
    }
    item.put("active", AttributeValue.createBool(wide.isActive()));
    if (wide.getFeatured() != null) {
      item.put("featured", AttributeValue.createBool(wide.getFeatured()));
    }
    if (wide.getCreatedAt() != null) {
      item.put("createdAt", AttributeValue.createS(CarefulTime.instantText(wide.getCreatedAt())));
    }
    if (wide.getUpdatedAt() != null) {
      item.put("updatedAt", AttributeValue.createS(CarefulTime.instantText(wide.getUpdatedAt())));
    }
    if (wide.getReleaseDate() != null) {
      item.put("releaseDate", AttributeValue.createS(wide.getReleaseDate().toString()));
    }
    if (wide.getTrackingId() != null) {
      item.put("trackingId", AttributeValue.createS(wide.getTrackingId().toString()));
    }
    if (wide.getTags() != null) {
      item.put("tags", Careful.stringList(wide.getTags()));
    }
    if (wide.getSizes() != null) {
      List<AttributeValue> sizes = new ArrayList<>(wide.getSizes().size());
      for (Integer size : wide.getSizes()) {
        sizes.add(AttributeValue.createN(Integer.toString(size)));
      }
      item.put("sizes", AttributeValue.createL(sizes));
    }
    if (wide.getColors() != null && !wide.getColors().isEmpty()) {
      item.put("colors", AttributeValue.createSs(new ArrayList<>(wide.getColors())));
    }
    if (wide.getStockByRegion() != null) {
      Map<String, AttributeValue> stock = new HashMap<>(8);
      for (Map.Entry<String, Integer> entry : wide.getStockByRegion().entrySet()) {
        stock.put(entry.getKey(), AttributeValue.createN(Integer.toString(entry.getValue())));
      }
      item.put("stockByRegion", AttributeValue.createM(stock));
    }
    putString(item, "notes", wide.getNotes());
    if (wide.getOrigin() != null) {
      item.put("origin", CarefulUserMapper.address(wide.getOrigin()));
    }
    return item;
  }

  private static void putString(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, AttributeValue.createS(value));
    }
  }

  @Override
  public Wide fromItem(Map<String, AttributeValue> item) {
    Wide wide = new Wide();
    wide.setId(Careful.string(item, "id"));
    wide.setName(Careful.string(item, "name"));
    wide.setDescription(Careful.string(item, "description"));
    wide.setCategory(Careful.string(item, "category"));
    wide.setBrand(Careful.string(item, "brand"));
    wide.setSupplier(Careful.string(item, "supplier"));
    wide.setWarehouse(Careful.string(item, "warehouse"));
    wide.setBarcode(Careful.string(item, "barcode"));
    AttributeValue value = item.get("status");
    if (value != null) {
      wide.setStatus(Status.valueOf(value.s()));
    }
    value = item.get("quantity");
    if (value != null) {
      wide.setQuantity(Integer.parseInt(value.n()));
    }
    value = item.get("reorderLevel");
    if (value != null) {
      wide.setReorderLevel(Integer.parseInt(value.n()));
    }
    value = item.get("shelfLifeDays");
    if (value != null) {
      wide.setShelfLifeDays(Integer.parseInt(value.n()));
    }
    value = item.get("views");
    if (value != null) {
      wide.setViews(Long.parseLong(value.n()));
    }
    value = item.get("revision");
    if (value != null) {
      wide.setRevision(Long.parseLong(value.n()));
    }
    value = item.get("weightKg");
    if (value != null) {
      wide.setWeightKg(Double.parseDouble(value.n()));
    }
    value = item.get("rating");
    if (value != null) {
      wide.setRating(Float.parseFloat(value.n()));
    }
    value = item.get("discount");
    if (value != null) {
      wide.setDiscount(Double.parseDouble(value.n()));
    }
    value = item.get("price");
    if (value != null) {
      wide.setPrice(new BigDecimal(value.n()));
    }
    value = item.get("active");
    if (value != null) {
      wide.setActive(value.bool());
    }
    value = item.get("featured");
    if (value != null) {
      wide.setFeatured(value.bool());
    }
    value = item.get("createdAt");
    if (value != null) {
      wide.setCreatedAt(CarefulTime.instant(value.s()));
    }
    value = item.get("updatedAt");
    if (value != null) {
      wide.setUpdatedAt(CarefulTime.instant(value.s()));
    }
    value = item.get("releaseDate");
    if (value != null) {
      wide.setReleaseDate(CarefulTime.localDate(value.s()));
    }
    value = item.get("trackingId");
    if (value != null) {
      wide.setTrackingId(UUID.fromString(value.s()));
    }
    value = item.get("tags");
    if (value != null) {
      wide.setTags(Careful.strings(value));
    }
    value = item.get("sizes");
    if (value != null) {
      List<Integer> sizes = new ArrayList<>(value.l().size());
      for (AttributeValue size : value.l()) {
        sizes.add(Integer.parseInt(size.n()));
      }
      wide.setSizes(sizes);
    }
    value = item.get("colors");
    if (value != null) {
      Set<String> colors = new HashSet<>(value.ss());
      wide.setColors(colors);
    }
    value = item.get("stockByRegion");
    if (value != null) {
      Map<String, Integer> stock = new HashMap<>(8);
      for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
        stock.put(entry.getKey(), Integer.parseInt(entry.getValue().n()));
      }
      wide.setStockByRegion(stock);
    }
    wide.setNotes(Careful.string(item, "notes"));
    value = item.get("origin");
    if (value != null) {
      wide.setOrigin(CarefulUserMapper.address(value));
    }
    return wide;
  }
}
