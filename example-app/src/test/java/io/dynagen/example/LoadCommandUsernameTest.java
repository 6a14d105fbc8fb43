package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated users' names are those of {@code String.format("member%06d", n)}, which the app used before. */
class LoadCommandUsernameTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 7, 42, 99_999, 100_000, 999_999, 1_000_000, 12_345_678, Integer.MAX_VALUE})
  void theNumberHasAtLeastSixDigits(int n) {
    assertEquals(String.format(Locale.ROOT, "member%06d", n), LoadCommand.username(n));
  }
}
