package io.dynagen.bench.model;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A wide catalogue item: 30 attributes of mixed types (strings, an enum, ints, longs, floating
 * point, an exact decimal, booleans, timestamps, a date, a UUID, a list of strings and one of
 * numbers, a string set, a map and a nested document), stored under their property names.
 *
 * <p>One bean annotated for both mappers, for the reason given on {@link User}.
 */
@Table(name = "products", enhancedSchema = true)
@DynamoDbBean
public class Wide {
  private String id;
  private String name;
  private String description;
  private String category;
  private String brand;
  private String supplier;
  private String warehouse;
  private String barcode;
  private Status status;
  private int quantity;
  private int reorderLevel;
  private Integer shelfLifeDays;
  private long views;
  private Long revision;
  private double weightKg;
  private float rating;
  private Double discount;
  private BigDecimal price;
  private boolean active;
  private Boolean featured;
  private Instant createdAt;
  private Instant updatedAt;
  private LocalDate releaseDate;
  private UUID trackingId;
  private List<String> tags;
  private List<Integer> sizes;
  private Set<String> colors;
  private Map<String, Integer> stockByRegion;
  private String notes;
  private Address origin;

  @PartitionKey
  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public void setWarehouse(String warehouse) {
    this.warehouse = warehouse;
  }

  public String getBarcode() {
    return barcode;
  }

  public void setBarcode(String barcode) {
    this.barcode = barcode;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public int getReorderLevel() {
    return reorderLevel;
  }

  public void setReorderLevel(int reorderLevel) {
    this.reorderLevel = reorderLevel;
  }

  public Integer getShelfLifeDays() {
    return shelfLifeDays;
  }

  public void setShelfLifeDays(Integer shelfLifeDays) {
    this.shelfLifeDays = shelfLifeDays;
  }

  public long getViews() {
    return views;
  }

  public void setViews(long views) {
    this.views = views;
  }

  public Long getRevision() {
    return revision;
  }

  public void setRevision(Long revision) {
    this.revision = revision;
  }

  public double getWeightKg() {
    return weightKg;
  }

  public void setWeightKg(double weightKg) {
    this.weightKg = weightKg;
  }

  public float getRating() {
    return rating;
  }

  public void setRating(float rating) {
    this.rating = rating;
  }

  public Double getDiscount() {
    return discount;
  }

  public void setDiscount(Double discount) {
    this.discount = discount;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Boolean getFeatured() {
    return featured;
  }

  public void setFeatured(Boolean featured) {
    this.featured = featured;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public LocalDate getReleaseDate() {
    return releaseDate;
  }

  public void setReleaseDate(LocalDate releaseDate) {
    this.releaseDate = releaseDate;
  }

  public UUID getTrackingId() {
    return trackingId;
  }

  public void setTrackingId(UUID trackingId) {
    this.trackingId = trackingId;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  public List<Integer> getSizes() {
    return sizes;
  }

  public void setSizes(List<Integer> sizes) {
    this.sizes = sizes;
  }

  public Set<String> getColors() {
    return colors;
  }

  public void setColors(Set<String> colors) {
    this.colors = colors;
  }

  public Map<String, Integer> getStockByRegion() {
    return stockByRegion;
  }

  public void setStockByRegion(Map<String, Integer> stockByRegion) {
    this.stockByRegion = stockByRegion;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Address getOrigin() {
    return origin;
  }

  public void setOrigin(Address origin) {
    this.origin = origin;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Wide)) {
      return false;
    }
    Wide that = (Wide) other;
    return Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(category, that.category)
        && Objects.equals(brand, that.brand)
        && Objects.equals(supplier, that.supplier)
        && Objects.equals(warehouse, that.warehouse)
        && Objects.equals(barcode, that.barcode)
        && Objects.equals(status, that.status)
        && quantity == that.quantity
        && reorderLevel == that.reorderLevel
        && Objects.equals(shelfLifeDays, that.shelfLifeDays)
        && views == that.views
        && Objects.equals(revision, that.revision)
        && Double.compare(weightKg, that.weightKg) == 0
        && Float.compare(rating, that.rating) == 0
        && Objects.equals(discount, that.discount)
        && Objects.equals(price, that.price)
        && active == that.active
        && Objects.equals(featured, that.featured)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(releaseDate, that.releaseDate)
        && Objects.equals(trackingId, that.trackingId)
        && Objects.equals(tags, that.tags)
        && Objects.equals(sizes, that.sizes)
        && Objects.equals(colors, that.colors)
        && Objects.equals(stockByRegion, that.stockByRegion)
        && Objects.equals(notes, that.notes)
        && Objects.equals(origin, that.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, description, category, brand, supplier, warehouse, barcode);
  }

  @Override
  public String toString() {
    return "Wide[" + id + ", "
        + name + ", "
        + description + ", "
        + category + ", "
        + brand + ", "
        + supplier + ", "
        + warehouse + ", "
        + barcode + ", "
        + status + ", "
        + quantity + ", "
        + reorderLevel + ", "
        + shelfLifeDays + ", "
        + views + ", "
        + revision + ", "
        + weightKg + ", "
        + rating + ", "
        + discount + ", "
        + price + ", "
        + active + ", "
        + featured + ", "
        + createdAt + ", "
        + updatedAt + ", "
        + releaseDate + ", "
        + trackingId + ", "
        + tags + ", "
        + sizes + ", "
        + colors + ", "
        + stockByRegion + ", "
        + notes + ", "
        + origin + "]";
  }
}
