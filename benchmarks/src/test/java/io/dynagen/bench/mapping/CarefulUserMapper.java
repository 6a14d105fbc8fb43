package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Address;
import io.dynagen.bench.model.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The users item mapped by hand with care for speed, using only plain Java and the SDK's public
 * API: {@code AttributeValue.createS}/{@code createN} (no builder), maps sized not to grow, lists
 * and maps read with {@code l()}/{@code m()} directly, timestamps read by {@link CarefulTime}.
 * Like {@link UserHandMapper}, no checks of stored types and no error messages.
 */
public final class CarefulUserMapper implements ItemMapper<User> {

  @Override
  public Map<String, AttributeValue> toItem(User user) {
    Map<String, AttributeValue> item = new HashMap<>(16);
    String s = user.getUsername();
    if (s != null) {
      item.put("username", AttributeValue.createS(s));
    }
    s = user.getLastName();
    if (s != null) {
      item.put("last_name", AttributeValue.createS(s));
    }
    s = user.getFirstName();
    if (s != null) {
      item.put("first_name", AttributeValue.createS(s));
    }
    Integer age = user.getAge();
    if (age != null) {
      item.put("age", AttributeValue.createN(Integer.toString(age)));
    }
    s = user.getAccountType();
    if (s != null) {
      item.put("account_type", AttributeValue.createS(s));
    }
    Address address = user.getAddress();
    if (address != null) {
      item.put("address", address(address));
    }
    List<String> roles = user.getRoles();
    if (roles != null) {
      item.put("roles", Careful.stringList(roles));
    }
    if (user.getCreatedAt() != null) {
      item.put("created_at", AttributeValue.createS(CarefulTime.instantText(user.getCreatedAt())));
    }
    return item;
  }

  static AttributeValue address(Address address) {
    Map<String, AttributeValue> map = new HashMap<>(8);
    if (address.getRoad() != null) {
      map.put("road", AttributeValue.createS(address.getRoad()));
    }
    if (address.getCity() != null) {
      map.put("city", AttributeValue.createS(address.getCity()));
    }
    if (address.getState() != null) {
      map.put("state", AttributeValue.createS(address.getState()));
    }
    map.put("zipcode", AttributeValue.createN(Integer.toString(address.getZipcode())));
    return AttributeValue.createM(map);
  }

  static Address address(AttributeValue value) {
    Map<String, AttributeValue> map = value.m();
    Address address = new Address();
    address.setRoad(Careful.string(map, "road"));
    address.setCity(Careful.string(map, "city"));
    address.setState(Careful.string(map, "state"));
    AttributeValue zipcode = map.get("zipcode");
    if (zipcode != null) {
      address.setZipcode(Integer.parseInt(zipcode.n()));
    }
    return address;
  }

  @Override
  public User fromItem(Map<String, AttributeValue> item) {
    User user = new User();
    user.setUsername(Careful.string(item, "username"));
    user.setLastName(Careful.string(item, "last_name"));
    user.setFirstName(Careful.string(item, "first_name"));
    AttributeValue value = item.get("age");
    if (value != null) {
      user.setAge(Integer.parseInt(value.n()));
    }
    user.setAccountType(Careful.string(item, "account_type"));
    value = item.get("address");
    if (value != null) {
      user.setAddress(address(value));
    }
    value = item.get("roles");
    if (value != null) {
      user.setRoles(Careful.strings(value));
    }
    value = item.get("created_at");
    if (value != null) {
      user.setCreatedAt(CarefulTime.instant(value.s()));
    }
    return user;
  }
}
