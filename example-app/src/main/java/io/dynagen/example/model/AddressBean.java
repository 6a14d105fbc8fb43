package io.dynagen.example.model;

import io.dynagen.annotations.Document;
import java.util.Objects;

/** {@link Address} as a JavaBean document. */
@Document
public class AddressBean {
  private String road;
  private String city;
  private String state;
  private int zipcode;

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
    if (!(other instanceof AddressBean)) {
      return false;
    }
    AddressBean that = (AddressBean) other;
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
    return "AddressBean[" + road + ", " + city + ", " + state + ", " + zipcode + "]";
  }
}
