package io.dynagen.bench.model;

import io.dynagen.annotations.Document;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * The walk-through's postal address, nested in a {@link User} item as a map. A mutable bean
 * because the Enhanced Client can only read into beans; Dynagen and the hand-written mapper
 * use the same class, so all three build and read the very same objects.
 */
@Document
@DynamoDbBean
public class Address {
  private String road;
  private String city;
  private String state;
  private int zipcode;

  public Address() {}

  public Address(String road, String city, String state, int zipcode) {
    this.road = road;
    this.city = city;
    this.state = state;
    this.zipcode = zipcode;
  }

  public String getRoad() {
    return road;
  }

  public void setRoad(String road) {
    this.road = road;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public int getZipcode() {
    return zipcode;
  }

  public void setZipcode(int zipcode) {
    this.zipcode = zipcode;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Address)) {
      return false;
    }
    Address that = (Address) other;
    return zipcode == that.zipcode
        && Objects.equals(road, that.road)
        && Objects.equals(city, that.city)
        && Objects.equals(state, that.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(road, city, state, zipcode);
  }

  @Override
  public String toString() {
    return "Address[" + road + ", " + city + ", " + state + ", " + zipcode + "]";
  }
}
