package io.dynagen.bench.mapping;

import io.dynagen.bench.model.User;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The users item mapped by hand, the way a careful programmer writes it against the SDK's
 * low-level client: {@code AttributeValue.fromS}, {@code fromN(Integer.toString(...))}, a null
 * check before each nullable property, the same attribute names and encodings as the other two
 * mappers. Careful, not clever: no checks of the stored types beyond what the SDK does, and no
 * error messages naming the attribute (the things a generator adds for free).
 */
public final class UserHandMapper implements ItemMapper<User> {

  @Override
  public Map<String, AttributeValue> toItem(User user) {
    Map<String, AttributeValue> item = new HashMap<>();
    if (user.getUsername() != null) {
      item.put("username", AttributeValue.fromS(user.getUsername()));
    }
    if (user.getLastName() != null) {
      item.put("last_name", AttributeValue.fromS(user.getLastName()));
    }
    if (user.getFirstName() != null) {
      item.put("first_name", AttributeValue.fromS(user.getFirstName()));
    }
    if (user.getAge() != null) {
      item.put("age", AttributeValue.fromN(Integer.toString(user.getAge())));
    }
    if (user.getAccountType() != null) {
      item.put("account_type", AttributeValue.fromS(user.getAccountType()));
    }
    if (user.getAddress() != null) {
      item.put("address", AddressHandMapper.toAttribute(user.getAddress()));
    }
    if (user.getRoles() != null) {
      item.put("roles", HandMapping.stringList(user.getRoles()));
    }
    if (user.getCreatedAt() != null) {
      item.put("created_at", AttributeValue.fromS(HandMapping.instantText(user.getCreatedAt())));
    }
    return item;
  }

  @Override
  public User fromItem(Map<String, AttributeValue> item) {
    User user = new User();
    user.setUsername(HandMapping.string(item, "username"));
    user.setLastName(HandMapping.string(item, "last_name"));
    user.setFirstName(HandMapping.string(item, "first_name"));
    AttributeValue age = item.get("age");
    if (age != null) {
      user.setAge(Integer.parseInt(age.n()));
    }
    user.setAccountType(HandMapping.string(item, "account_type"));
    AttributeValue address = item.get("address");
    if (address != null) {
      user.setAddress(AddressHandMapper.fromAttribute(address));
    }
    AttributeValue roles = item.get("roles");
    if (roles != null) {
      user.setRoles(HandMapping.strings(roles));
    }
    AttributeValue createdAt = item.get("created_at");
    if (createdAt != null) {
      user.setCreatedAt(Instant.parse(createdAt.s()));
    }
    return user;
  }
}
