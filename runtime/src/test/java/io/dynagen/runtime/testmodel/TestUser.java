package io.dynagen.runtime.testmodel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/**
 * The walk-through's user, plus attributes that exercise every path kind: a reserved word
 * ({@code status}), a name with a dot ({@code nick.name}), a set, a list, a map and binary.
 */
public record TestUser(
    String username,
    String lastName,
    String firstName,
    Integer age,
    AccountType accountType,
    TestAddress address,
    String status,
    String nickName,
    Set<String> tags,
    List<String> history,
    Map<String, Integer> scores,
    SdkBytes avatar) {

  /** A user with only its key. */
  public static TestUser of(String username, String lastName) {
    return new TestUser(username, lastName, null, null, null, null, null, null, null, null, null, null);
  }

  /** A user of the walk-through: names, age and account type. */
  public static TestUser of(String username, String lastName, String firstName, int age, AccountType type) {
    return new TestUser(username, lastName, firstName, age, type, null, null, null, null, null, null, null);
  }

  public TestUser withAge(Integer newAge) {
    return new TestUser(username, lastName, firstName, newAge, accountType, address, status, nickName, tags, history, scores, avatar);
  }

  public TestUser withAddress(TestAddress newAddress) {
    return new TestUser(username, lastName, firstName, age, accountType, newAddress, status, nickName, tags, history, scores, avatar);
  }

  public TestUser withStatus(String newStatus) {
    return new TestUser(username, lastName, firstName, age, accountType, address, newStatus, nickName, tags, history, scores, avatar);
  }

  public TestUser withNickName(String newNickName) {
    return new TestUser(username, lastName, firstName, age, accountType, address, status, newNickName, tags, history, scores, avatar);
  }

  public TestUser withTags(Set<String> newTags) {
    return new TestUser(username, lastName, firstName, age, accountType, address, status, nickName, newTags, history, scores, avatar);
  }

  public TestUser withHistory(List<String> newHistory) {
    return new TestUser(username, lastName, firstName, age, accountType, address, status, nickName, tags, newHistory, scores, avatar);
  }

  public TestUser withScores(Map<String, Integer> newScores) {
    return new TestUser(username, lastName, firstName, age, accountType, address, status, nickName, tags, history, newScores, avatar);
  }

  public TestUser withAvatar(SdkBytes newAvatar) {
    return new TestUser(username, lastName, firstName, age, accountType, address, status, nickName, tags, history, scores, newAvatar);
  }

  public TestUser withFirstName(String newFirstName) {
    return new TestUser(username, lastName, newFirstName, age, accountType, address, status, nickName, tags, history, scores, avatar);
  }
}
