package io.dynagen.processor.check;

import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.dao.DaoMethod;
import io.dynagen.processor.model.dao.DaoProblem;
import io.dynagen.processor.model.dao.KeyPath;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The rules of {@code @Dao} interfaces over single-table design (an entity type, or the sealed
 * root): reports the problems of key templates and item collections, some under the tags of the
 * one-class rules they mirror ({@code dao-needs-scan}, {@code dao-implicit-filter}).
 */
final class SingleTableDaoRules {
  private SingleTableDaoRules() {}

  static void report(Reporter reporter, DaoMethod method, DaoProblem problem, String type) {
    Element at = method.element();
    String name = method.name();
    if (problem instanceof DaoProblem.TemplateNeedsScan p) {
      reporter.report(Message.DAO_NEEDS_SCAN, at, name, p.reason(), "", partitionKeys(p.paths()));
    } else if (problem instanceof DaoProblem.TemplateImplicitFilter p) {
      reporter.report(Message.DAO_IMPLICIT_FILTER, at, name, p.property().name(), p.path().describe());
    } else if (problem instanceof DaoProblem.SortPlaceholder p) {
      String first = p.path().sortKey().properties().get(0);
      reporter.report(Message.DAO_SORT_PLACEHOLDER, at, name, p.property().name(), p.path().sortKey().text(),
          where(p.path()), first, first);
    } else if (problem instanceof DaoProblem.PlaceholderRange p) {
      reporter.report(Message.DAO_PLACEHOLDER_RANGE, at, name, p.operator().displayName(), p.property().name(),
          p.path().sortKey().text());
    } else if (problem instanceof DaoProblem.TemplateIndexMismatch p) {
      reporter.report(Message.DAO_INDEX_MISMATCH, at, name, p.path().describe(), p.needed());
    } else if (problem instanceof DaoProblem.TemplateOrderBy p) {
      reporter.report(Message.DAO_ORDER_BY, at, name, p.property().name(), p.path().describe(), p.property().name());
    } else if (problem instanceof DaoProblem.TemplateDeleteKey p) {
      reporter.report(Message.DAO_DELETE_KEY, at, name, p.what(), p.byKeys(), type);
    } else if (problem instanceof DaoProblem.NoCollection p) {
      reporter.report(Message.DAO_NO_COLLECTION, at, name, String.join(", ", p.named()), type,
          collections(p.collections()));
    } else if (problem instanceof DaoProblem.AmbiguousCollection p) {
      List<String> names = new ArrayList<>();
      p.collections().forEach(path -> names.add(path.describe()));
      reporter.report(Message.DAO_AMBIGUOUS_COLLECTION, at, name, String.join(", ", names),
          DaoRules.capitalize(p.collections().get(0).collection()));
    } else if (problem instanceof DaoProblem.CollectionFilter p) {
      // The metamodel to filter with is the entity type's that declares the placeholder.
      String owner = p.property().element().getEnclosingElement().getSimpleName().toString();
      reporter.report(Message.DAO_UNSUPPORTED_FILTER, at, name, p.property().name(),
          "an item collection holds several entity types, and a DAO of the root filters none of them",
          "use a default method with table() and a metamodel condition (" + owner + "_." + p.property().name() + ")");
    } else if (problem instanceof DaoProblem.SingleTableScan p) {
      reporter.report(Message.DAO_SINGLE_TABLE_SCAN, at, name, p.root(), p.root());
    } else {
      throw new IllegalStateException("No message for " + problem);
    }
  }

  /** {@code the table} or {@code index 'GSI1'}. */
  private static String where(KeyPath path) {
    return path.isTable() ? "the table" : "index '" + path.index() + "'";
  }

  /** {@code customerId of the table, orderId of index 'GSI1'}. */
  private static String partitionKeys(List<KeyPath> paths) {
    List<String> keys = new ArrayList<>();
    for (KeyPath path : paths) {
      String names = String.join(" and ", path.partitionProperties().stream().map(Property::name).toList());
      String key = names + " of " + (path.collection() == null ? where(path) : "collection '" + path.collection()
          + "' of " + where(path));
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return String.join(", ", keys);
  }

  /** {@code customer of the table (customerId), order of index 'GSI1' (orderId)}. */
  private static String collections(List<KeyPath> paths) {
    List<String> names = new ArrayList<>();
    for (KeyPath path : paths) {
      names.add(path.collection() + " of " + where(path) + " (" + path.partitionNames() + ")");
    }
    return String.join(", ", names);
  }
}
