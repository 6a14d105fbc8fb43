package io.dynagen.example.model;

import java.util.ArrayList;
import java.util.List;

/** The users of the walk-through (WALKTHROUGH.md), for the demo and the tests that follow it. */
public final class WalkthroughUsers {
  private WalkthroughUsers() {}

  /** janedoe, the user of the single-item steps. */
  public static User janedoe() {
    return new User("janedoe", "Doe", "Jane", 25, "standard_user", null);
  }

  /** The batch of step 5: johndoe and janedoering with their addresses, then user0 to user49. */
  public static List<User> batch() {
    List<User> batch = new ArrayList<>(52);
    batch.add(new User("johndoe", "Doe", "John", 25, "standard_user",
        new Address("1 Jefferson Street", "Los Angeles", "CA", 90001)));
    batch.add(new User("janedoering", "Doering", "Jane", 40, "super_user",
        new Address("2 Washington Avenue", "Seattle", "WA", 98109)));
    for (int i = 0; i < 50; i++) {
      batch.add(new User("user" + i, "unknown", "unknown", null, "anonymous", null));
    }
    return batch;
  }
}
