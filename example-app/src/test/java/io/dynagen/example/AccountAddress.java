package io.dynagen.example;

import io.dynagen.annotations.Document;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * A nested document of {@link Account}, mapped by both Dynagen ({@code @Document}) and the
 * Enhanced Client ({@code @DynamoDbBean}), for the updates that change nested attributes one by
 * one ({@code IgnoreNullsMode.SCALAR_ONLY}).
 */
@Document
@DynamoDbBean
public class AccountAddress {
  private String city;
  private String street;
  private Integer floor;

  public AccountAddress() {}

  public AccountAddress(String city, String street, Integer floor) {
    this.city = city;
    this.street = street;
    this.floor = floor;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public Integer getFloor() {
    return floor;
  }

  public void setFloor(Integer floor) {
    this.floor = floor;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountAddress that && Objects.equals(city, that.city)
        && Objects.equals(street, that.street) && Objects.equals(floor, that.floor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(city, street, floor);
  }

  @Override
  public String toString() {
    return "AccountAddress[" + city + ", " + street + ", floor " + floor + "]";
  }
}
