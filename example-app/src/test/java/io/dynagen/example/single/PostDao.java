package io.dynagen.example.single;

import io.dynagen.annotations.Dao;
import java.util.List;
import java.util.Optional;

/** Posts by topic, through the shared index where notes' keys begin as theirs do. */
@Dao(Post.class)
public interface PostDao {
  List<Post> findByTopic(String topic);

  List<Post> findByTopicAndNumberGreaterThanEqual(String topic, int number);

  Optional<Post> findFirstByTopicOrderByNumberDesc(String topic);
}
