package io.dynagen.example.review18;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.IndexSortKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import java.util.Objects;

/** A courier: a JavaBean with a simple key and a global index by zone, sorted by rating. */
@Table(name = "review18_couriers")
public class Courier {
  private String id;
  private String zone;
  private int rating;
  private String name;

  /** For the generated schema. */
  public Courier() {}

  Courier(String id, String zone, int rating, String name) {
    this.id = id;
    this.zone = zone;
    this.rating = rating;
    this.name = name;
  }

  @PartitionKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @IndexPartitionKey("by-zone")
  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  @IndexSortKey("by-zone")
  public int getRating() {
    return rating;
  }

  public void setRating(int rating) {
    this.rating = rating;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Courier c && rating == c.rating && Objects.equals(id, c.id)
        && Objects.equals(zone, c.zone) && Objects.equals(name, c.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, zone, rating, name);
  }

  @Override
  public String toString() {
    return "Courier[" + id + ", " + zone + ", " + rating + ", " + name + "]";
  }
}
