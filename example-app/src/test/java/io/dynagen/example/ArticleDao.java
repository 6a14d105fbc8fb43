package io.dynagen.example;

import io.dynagen.annotations.Dao;
import io.dynagen.example.model.Article;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A DAO of a table with a partition key only and a version: batch gets, deletes by key and by object. */
@Dao(Article.class)
public interface ArticleDao {
  Article save(Article article);

  Optional<Article> findById(String id);

  List<Article> findByIdIn(Collection<String> ids);

  void deleteById(String id);

  void delete(Article article);
}
