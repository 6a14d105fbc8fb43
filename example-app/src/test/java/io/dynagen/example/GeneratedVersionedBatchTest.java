package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Article;
import io.dynagen.example.model.ArticleTable;
import io.dynagen.runtime.table.VersionConflictException;
import io.dynagen.runtime.table.batch.BatchWriteOptions;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.table.batch.MultiTableBatchWriter;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Batch writes of a {@code @Version} class on DynamoDB Local: refused by default, and with
 * {@code unsafelyWriteVersionsUnchecked()} written as single puts would write them, without the
 * check (a load into a new table); the version then guards single writes as usual.
 */
class GeneratedVersionedBatchTest {

  @Test
  void aLoadIntoANewTableWritesVersionsUncheckedOnlyWhenAskedTo() {
    ArticleTable source = ArticleTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("articles-old"));
    ArticleTable target = ArticleTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("articles-new"));
    source.createTable();
    target.createTable();
    try {
      List<Article> stored = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        Article article = source.put(Article.draft("article " + i));
        stored.add(i % 2 == 0 ? source.put(article.withLikes(i)) : article);   // versions 1 and 2
      }

      try (BatchWriter<Article> refusing = target.batchWriter()) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> refusing.put(stored.get(0)));
        assertTrue(e.getMessage().contains("unsafelyWriteVersionsUnchecked()"), e.getMessage());
      }

      try (BatchWriter<Article> loader = target.batchWriter(BatchWriteOptions.defaults().unsafelyWriteVersionsUnchecked())) {
        source.scan().stream().forEach(loader::put);
      }
      for (Article original : stored) {
        Article loaded = target.get(original.id()).orElseThrow();
        assertEquals(original.version() + 1, loaded.version(), "stored as a put of the object would store it");
        assertEquals(original.title(), loaded.title());
        assertEquals(original.likes(), loaded.likes());
      }
      // The version guards single writes again: an object read before the load is stale.
      assertThrows(VersionConflictException.class, () -> target.put(stored.get(0).withTitle("stale")));

      // Across tables too, and deletes of objects by their key, whatever their version.
      try (MultiTableBatchWriter writer = BatchWriter.across(LocalDynamoDb.client(),
          BatchWriteOptions.defaults().unsafelyWriteVersionsUnchecked())) {
        stored.forEach(article -> writer.delete(target, article));
      }
      assertEquals(0, target.scan().count());
    } finally {
      source.deleteTable();
      target.deleteTable();
    }
  }
}
