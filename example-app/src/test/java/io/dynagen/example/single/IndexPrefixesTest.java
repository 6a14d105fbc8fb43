package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An entity's query of a shared index where another type's index keys begin alike ({@code
 * P#{number}} and {@code P#{number}#NOTE}) returns only its own type: filtered by the stored type,
 * or, with key-prefix discrimination, by the table sort key's prefix.
 */
class IndexPrefixesTest {

  @Test
  void byTheStoredType() {
    BoardTable board = BoardTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("board"));
    board.createTable();
    try {
      Post first = new Post("b-1", 1, "java", "records");
      Post second = new Post("b-1", 2, "java", "sealed types");
      board.posts().put(first);
      board.posts().put(second);
      board.postNotes().put(new PostNote("b-1", 1, "java", "see JEP 395"));
      board.postNotes().put(new PostNote("b-1", 2, "java", "see JEP 409"));

      assertEquals(List.of(first, second), board.posts().queryByTopic("java").toList());
      assertEquals(List.of(second), board.posts().queryByTopic("java", SortKeyCondition.ge(2)).toList());
      PostDao posts = new PostDaoImpl(board);
      assertEquals(List.of(first, second), posts.findByTopic("java"));
      assertEquals(List.of(second), posts.findByTopicAndNumberGreaterThanEqual("java", 2));
      assertEquals(Optional.of(second), posts.findFirstByTopicOrderByNumberDesc("java"),
          "the newest post, though a note sorts after it");
      assertEquals(2, board.postNotes().queryByTopic("java").toList().size());
    } finally {
      board.deleteTable();
    }
  }

  @Test
  void byTheTableSortKeysPrefixWithoutATypeAttribute() {
    ForumTable forum = ForumTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("forum"));
    forum.createTable();
    try {
      Topic topic = new Topic("f-1", 7, "dynamodb");
      forum.topics().put(topic);
      forum.topicNotes().put(new TopicNote("f-1", 7, "dynamodb"));

      assertEquals(List.of(topic), forum.topics().queryByTopic("dynamodb").toList());
      assertEquals(List.of(new TopicNote("f-1", 7, "dynamodb")), forum.topicNotes().queryByTopic("dynamodb").toList());
    } finally {
      forum.deleteTable();
    }
  }
}
