package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Address;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The nested address written by hand, as a map attribute; see {@link UserHandMapper}. */
final class AddressHandMapper {
  private AddressHandMapper() {}

  static AttributeValue toAttribute(Address address) {
    Map<String, AttributeValue> map = new HashMap<>();
    if (address.getRoad() != null) {
      map.put("road", AttributeValue.fromS(address.getRoad()));
    }
    if (address.getCity() != null) {
      map.put("city", AttributeValue.fromS(address.getCity()));
    }
    if (address.getState() != null) {
      map.put("state", AttributeValue.fromS(address.getState()));
    }
    map.put("zipcode", AttributeValue.fromN(Integer.toString(address.getZipcode())));
    return AttributeValue.fromM(map);
  }

  static Address fromAttribute(AttributeValue value) {
    Map<String, AttributeValue> map = value.m();
    Address address = new Address();
    address.setRoad(HandMapping.string(map, "road"));
    address.setCity(HandMapping.string(map, "city"));
    address.setState(HandMapping.string(map, "state"));
    AttributeValue zipcode = map.get("zipcode");
    if (zipcode != null) {
      address.setZipcode(Integer.parseInt(zipcode.n()));
    }
    return address;
  }
}
