package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

class ItemSizePropertiesTest {

  static Stream<Arguments> utf8LengthIsWhatJavaEncodes() {
    return RandomCases.batches(1000, Gens.strings());
  }

  @Property
  void utf8LengthIsWhatJavaEncodes(List<String> texts) {
    for (String text : texts) {
      // Strings with unpaired surrogates are not valid UTF-16; DynamoDB never sees them.
      String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertEquals(valid.getBytes(StandardCharsets.UTF_8).length, ItemSize.utf8Length(valid));
    }
  }
}
