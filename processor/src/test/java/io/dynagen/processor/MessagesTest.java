package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.dynagen.processor.check.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The messages table: stable, distinct tags, each documented for users. */
class MessagesTest {
  /** The user documentation, from the processor module's folder (where Maven runs tests). */
  private static final Path USER_DOC = Path.of("..", "docs", "compile-errors.md");

  @Test
  void tagsAreDistinctAndLowerKebabCase() {
    Set<String> tags = new HashSet<>();
    for (Message message : Message.values()) {
      assertThat(message.tag()).matches("[a-z]+(-[a-z]+)*");
      assertWithMessage("tag of %s", message).that(tags.add(message.tag())).isTrue();
    }
  }

  @Test
  void everyTagIsDocumented() throws IOException {
    String doc = Files.readString(USER_DOC);
    for (Message message : Message.values()) {
      assertWithMessage("%s in %s", message.tag(), USER_DOC).that(doc).contains("### `" + message.tag() + "`");
    }
  }
}
