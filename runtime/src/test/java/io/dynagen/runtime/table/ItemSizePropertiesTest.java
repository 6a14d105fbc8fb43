package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ItemSizePropertiesTest {

  @Property
  void utf8LengthIsWhatJavaEncodes(@ForAll String text) {
    // Strings with unpaired surrogates are not valid UTF-16; DynamoDB never sees them.
    String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals(valid.getBytes(StandardCharsets.UTF_8).length, ItemSize.utf8Length(valid));
  }
}
