package io.dynagen.runtime.testmodel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/** Users for tests that need every kind of value in one item. */
public final class SampleUsers {
  private SampleUsers() {}

  /** Jane, with a nested document, a set, a list with an empty string, a map and binary. */
  public static TestUser everyKindOfValue() {
    return TestUser.of("janedoe", "Doe", "Jane", 25, AccountType.standard_user)
        .withAddress(new TestAddress("1 Jefferson Street", "Los Angeles", "CA", 90001))
        .withTags(Set.of("a", "b"))
        .withHistory(List.of("x", "", "z"))
        .withScores(Map.of("math", 3, "art", -1))
        .withAvatar(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255}));
  }
}
