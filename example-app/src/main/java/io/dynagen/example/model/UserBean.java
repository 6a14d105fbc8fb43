package io.dynagen.example.model;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.util.Objects;

/** The same {@code users} items as {@link User}, mapped as a JavaBean. */
@Table(name = "users")
public class UserBean {
  private String username;
  private String lastName;
  private String firstName;
  private Integer age;
  private String accountType;
  private AddressBean address;

  @PartitionKey
  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  @SortKey
  @Attribute("last_name")
  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  @Attribute("first_name")
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
  public String getAccountType() {
    return accountType;
  }

  public void setAccountType(String accountType) {
    this.accountType = accountType;
  }

  public AddressBean getAddress() {
    return address;
  }

  public void setAddress(AddressBean address) {
    this.address = address;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof UserBean)) {
      return false;
    }
    UserBean that = (UserBean) other;
    return Objects.equals(username, that.username)
        && Objects.equals(lastName, that.lastName)
        && Objects.equals(firstName, that.firstName)
        && Objects.equals(age, that.age)
        && Objects.equals(accountType, that.accountType)
        && Objects.equals(address, that.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, lastName, firstName, age, accountType, address);
  }

  @Override
  public String toString() {
    return "UserBean[" + username + ", " + lastName + ", " + firstName + ", " + age + ", "
        + accountType + ", " + address + "]";
  }
}
