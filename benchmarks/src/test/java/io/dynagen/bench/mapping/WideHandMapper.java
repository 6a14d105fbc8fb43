package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Status;
import io.dynagen.bench.model.Wide;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The wide item mapped by hand, in the style of {@link UserHandMapper}: every nullable property
 * checked, numbers through {@code toString}/{@code parse}, an empty set left out (DynamoDB
 * rejects empty sets), a set read back into a {@code HashSet} and a map into a {@code HashMap}.
 */
public final class WideHandMapper implements ItemMapper<Wide> {

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
      item.put("status", AttributeValue.fromS(wide.getStatus().name()));
    }
    item.put("quantity", AttributeValue.fromN(Integer.toString(wide.getQuantity())));
    item.put("reorderLevel", AttributeValue.fromN(Integer.toString(wide.getReorderLevel())));
    if (wide.getShelfLifeDays() != null) {
      item.put("shelfLifeDays", AttributeValue.fromN(Integer.toString(wide.getShelfLifeDays())));
    }
    item.put("views", AttributeValue.fromN(Long.toString(wide.getViews())));
    if (wide.getRevision() != null) {
      item.put("revision", AttributeValue.fromN(Long.toString(wide.getRevision())));
    }
    item.put("weightKg", AttributeValue.fromN(Double.toString(wide.getWeightKg())));
    item.put("rating", AttributeValue.fromN(Float.toString(wide.getRating())));
    if (wide.getDiscount() != null) {
      item.put("discount", AttributeValue.fromN(Double.toString(wide.getDiscount())));
    }
    if (wide.getPrice() != null) {
      item.put("price", AttributeValue.fromN(wide.getPrice().toPlainString()));
    }
    item.put("active", AttributeValue.fromBool(wide.isActive()));
    if (wide.getFeatured() != null) {
      item.put("featured", AttributeValue.fromBool(wide.getFeatured()));
    }
    if (wide.getCreatedAt() != null) {
      item.put("createdAt", AttributeValue.fromS(HandMapping.instantText(wide.getCreatedAt())));
    }
    if (wide.getUpdatedAt() != null) {
      item.put("updatedAt", AttributeValue.fromS(HandMapping.instantText(wide.getUpdatedAt())));
    }
    if (wide.getReleaseDate() != null) {
      item.put("releaseDate", AttributeValue.fromS(wide.getReleaseDate().toString()));
    }
    if (wide.getTrackingId() != null) {
      item.put("trackingId", AttributeValue.fromS(wide.getTrackingId().toString()));
    }
    if (wide.getTags() != null) {
      item.put("tags", HandMapping.stringList(wide.getTags()));
    }
    if (wide.getSizes() != null) {
      List<AttributeValue> sizes = new ArrayList<>(wide.getSizes().size());
      for (Integer size : wide.getSizes()) {
        sizes.add(AttributeValue.fromN(Integer.toString(size)));
      }
      item.put("sizes", AttributeValue.fromL(sizes));
    }
    if (wide.getColors() != null && !wide.getColors().isEmpty()) {
      item.put("colors", AttributeValue.fromSs(new ArrayList<>(wide.getColors())));
    }
    if (wide.getStockByRegion() != null) {
      Map<String, AttributeValue> stock = new HashMap<>();
      for (Map.Entry<String, Integer> entry : wide.getStockByRegion().entrySet()) {
        stock.put(entry.getKey(), AttributeValue.fromN(Integer.toString(entry.getValue())));
      }
      item.put("stockByRegion", AttributeValue.fromM(stock));
    }
    putString(item, "notes", wide.getNotes());
    if (wide.getOrigin() != null) {
      item.put("origin", AddressHandMapper.toAttribute(wide.getOrigin()));
    }
    return item;
  }

  private static void putString(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, AttributeValue.fromS(value));
    }
  }

  @Override
  public Wide fromItem(Map<String, AttributeValue> item) {
    Wide wide = new Wide();
    wide.setId(HandMapping.string(item, "id"));
    wide.setName(HandMapping.string(item, "name"));
    wide.setDescription(HandMapping.string(item, "description"));
    wide.setCategory(HandMapping.string(item, "category"));
    wide.setBrand(HandMapping.string(item, "brand"));
    wide.setSupplier(HandMapping.string(item, "supplier"));
    wide.setWarehouse(HandMapping.string(item, "warehouse"));
    wide.setBarcode(HandMapping.string(item, "barcode"));
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
      wide.setCreatedAt(Instant.parse(value.s()));
    }
    value = item.get("updatedAt");
    if (value != null) {
      wide.setUpdatedAt(Instant.parse(value.s()));
    }
    value = item.get("releaseDate");
    if (value != null) {
      wide.setReleaseDate(LocalDate.parse(value.s()));
    }
    value = item.get("trackingId");
    if (value != null) {
      wide.setTrackingId(UUID.fromString(value.s()));
    }
    value = item.get("tags");
    if (value != null) {
      wide.setTags(HandMapping.strings(value));
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
      Map<String, Integer> stock = new HashMap<>();
      for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
        stock.put(entry.getKey(), Integer.parseInt(entry.getValue().n()));
      }
      wide.setStockByRegion(stock);
    }
    wide.setNotes(HandMapping.string(item, "notes"));
    value = item.get("origin");
    if (value != null) {
      wide.setOrigin(AddressHandMapper.fromAttribute(value));
    }
    return wide;
  }
}
