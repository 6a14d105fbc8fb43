package io.dynagen.example;

import io.dynagen.annotations.Document;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * A nested document mapped by both Dynagen ({@code @Document}) and the Enhanced Client
 * ({@code @DynamoDbBean}), for {@link DiffBean}.
 */
@Document
@DynamoDbBean
public class DiffPlace {
  private String name;
  private int floor;
  private Double latitude;

  public DiffPlace() {}

  public DiffPlace(String name, int floor, Double latitude) {
    this.name = name;
    this.floor = floor;
    this.latitude = latitude;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getFloor() {
    return floor;
  }

  public void setFloor(int floor) {
    this.floor = floor;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DiffPlace
        && floor == ((DiffPlace) other).floor
        && Objects.equals(name, ((DiffPlace) other).name)
        && Objects.equals(latitude, ((DiffPlace) other).latitude);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, floor, latitude);
  }

  @Override
  public String toString() {
    return "DiffPlace[" + name + ", " + floor + ", " + latitude + "]";
  }
}
