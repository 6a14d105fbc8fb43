package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.KeyTemplateModel;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.SingleTableModel;
import io.dynagen.processor.model.SingleTableModelBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a single-table DAO method can read: an entity's items by its key templates on the table or
 * on a shared index, or one item collection of the sealed root. Its keys are the templates'
 * placeholders: a method names the partition template's, then may put a condition on the sort
 * template's first.
 *
 * @param index the shared index, or null for the table
 * @param collection the item collection's name ({@code customer}), or null for an entity's path
 * @param partitionKey the partition template
 * @param sortKey the sort template, or null if the index has none (or for a collection)
 * @param partitionProperties the partition template's placeholders, each once, in template order
 * @param sortProperties the sort template's placeholders that are not in the partition template
 */
public record KeyPath(
    String index,
    String collection,
    KeyTemplateModel partitionKey,
    KeyTemplateModel sortKey,
    List<Property> partitionProperties,
    List<Property> sortProperties) {

  /** An entity's table templates first, then its {@code @EntityIndex} templates in declaration order. */
  static List<KeyPath> of(EntityModel entity) {
    List<KeyPath> paths = new ArrayList<>();
    paths.add(path(entity, null, null, entity.partitionKey(), entity.sortKey()));
    for (EntityModel.Index index : entity.indexes()) {
      paths.add(path(entity, index.index(), null, index.partitionKey(), index.sortKey()));
    }
    return List.copyOf(paths);
  }

  /** The root's item collections: the table's, then each shared index's, in entity order. */
  static List<KeyPath> collections(SingleTableModel root) {
    Map<String, KeyPath> byName = new LinkedHashMap<>();
    for (EntityModel entity : root.entities()) {
      String name = SingleTableModelBuilder.collectionName(entity.partitionKey(), entity.collection());
      byName.putIfAbsent("\u0000" + name, path(entity, null, name, entity.partitionKey(), null));
    }
    for (SingleTableModel.SharedIndex index : root.indexes()) {
      for (EntityModel entity : root.entities()) {
        for (EntityModel.Index used : entity.indexes()) {
          if (used.index().equals(index.name())) {
            String name = SingleTableModelBuilder.collectionName(used.partitionKey(), used.collection());
            byName.putIfAbsent(index.name() + "\u0000" + name, path(entity, index.name(), name, used.partitionKey(), null));
          }
        }
      }
    }
    return List.copyOf(byName.values());
  }

  private static KeyPath path(EntityModel entity, String index, String collection, KeyTemplateModel partitionKey,
      KeyTemplateModel sortKey) {
    List<Property> partition = properties(entity, partitionKey.properties(), List.of());
    List<Property> sort = sortKey == null ? List.of() : properties(entity, sortKey.properties(), partition);
    return new KeyPath(index, collection, partitionKey, sortKey, partition, sort);
  }

  private static List<Property> properties(EntityModel entity, List<String> names, List<Property> except) {
    List<Property> properties = new ArrayList<>();
    for (String name : names) {
      Property property = entity.property(name).orElseThrow();
      boolean seen = properties.stream().anyMatch(p -> p.name().equals(name))
          || except.stream().anyMatch(p -> p.name().equals(name));
      if (!seen) {
        properties.add(property);
      }
    }
    return List.copyOf(properties);
  }

  public boolean isTable() {
    return index == null;
  }

  /**
   * The first placeholder of the sort template, which a key condition can compare; null if the
   * sort template has none or it is also in the partition template.
   */
  public Property firstSortProperty() {
    if (sortKey == null || sortKey.properties().isEmpty() || sortProperties.isEmpty()
        || !sortProperties.get(0).name().equals(sortKey.properties().get(0))) {
      return null;
    }
    return sortProperties.get(0);
  }

  /**
   * For messages: {@code the table (CUSTOMER#{customerId} / ORDER#{createdAt}#{orderId})},
   * {@code index 'GSI1' (ORDER#{orderId} / ORDER)}, {@code collection 'order' of index 'GSI1'
   * (ORDER#{orderId})}.
   */
  public String describe() {
    String where = isTable() ? "the table" : "index '" + index + "'";
    String keys = "(" + partitionKey.text() + (sortKey == null ? "" : " / " + sortKey.text()) + ")";
    return collection == null ? where + " " + keys : "collection '" + collection + "' of " + where + " " + keys;
  }

  /** {@code customerId} or {@code customerId, createdAt}: the placeholders the partition key needs. */
  public String partitionNames() {
    return String.join(", ", partitionProperties.stream().map(Property::name).toList());
  }
}
