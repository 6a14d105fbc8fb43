package io.dynagen.bench.model;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * An item of the walk-through's {@code users} table (strings, an int, a nested address), with a
 * list and a timestamp added so that the item has every common shape.
 *
 * <p>One bean annotated for both mappers: Dynagen reads its annotations at compile time, the
 * Enhanced Client its own at run time, and each maps the same getters and setters. A record would
 * suit Dynagen, but the Enhanced Client cannot read records, and comparing two different classes
 * would measure the classes as well as the mappers.
 */
@Table(name = "users", enhancedSchema = true)
@DynamoDbBean
public class User {
  private String username;
  private String lastName;
  private String firstName;
  private Integer age;
  private String accountType;
  private Address address;
  private List<String> roles;
  private Instant createdAt;

  @PartitionKey
  @DynamoDbPartitionKey
  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  @SortKey
  @Attribute("last_name")
  @DynamoDbSortKey
  @DynamoDbAttribute("last_name")
  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  @Attribute("first_name")
  @DynamoDbAttribute("first_name")
  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public Integer getAge() {
    return age;
  }

  public void setAge(Integer age) {
    this.age = age;
  }

  @Attribute("account_type")
  @DynamoDbAttribute("account_type")
  public String getAccountType() {
    return accountType;
  }

  public void setAccountType(String accountType) {
    this.accountType = accountType;
  }

  public Address getAddress() {
    return address;
  }

  public void setAddress(Address address) {
    this.address = address;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  @Attribute("created_at")
  @DynamoDbAttribute("created_at")
  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof User)) {
      return false;
    }
    User that = (User) other;
    return Objects.equals(username, that.username)
        && Objects.equals(lastName, that.lastName)
        && Objects.equals(firstName, that.firstName)
        && Objects.equals(age, that.age)
        && Objects.equals(accountType, that.accountType)
        && Objects.equals(address, that.address)
        && Objects.equals(roles, that.roles)
        && Objects.equals(createdAt, that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, lastName, firstName, age, accountType, address, roles, createdAt);
  }

  @Override
  public String toString() {
    return "User[" + username + ", " + lastName + ", " + firstName + ", " + age + ", "
        + accountType + ", " + address + ", " + roles + ", " + createdAt + "]";
  }
}
