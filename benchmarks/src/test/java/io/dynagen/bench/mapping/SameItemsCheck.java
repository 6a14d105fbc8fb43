package io.dynagen.bench.mapping;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fails fast unless the mappers agree on a model: the same item from the same object, and
 * the same object back from any of their items. Benchmarks call it before measuring, so a number
 * never compares mappers that do different work.
 */
public final class SameItemsCheck {
  private SameItemsCheck() {}

  /** Checks one model; throws {@link IllegalStateException} naming the first disagreement. */
  public static void requireAgreement(BenchModel model) {
    Object sample = model.sample();
    Map<Approach, Map<String, AttributeValue>> items = new EnumMap<>(Approach.class);
    for (Approach approach : model.approaches()) {
      items.put(approach, model.mapper(approach).toItem(sample));
    }
    Map<String, AttributeValue> reference = items.get(Approach.DYNAGEN);
    for (Approach approach : model.approaches()) {
      Map<String, AttributeValue> item = items.get(approach);
      if (!reference.equals(item)) {
        throw new IllegalStateException(
            model.id() + ": the " + approach.label() + " item differs from Dynagen's in "
                + differingAttributes(reference, item) + "\n  Dynagen: " + reference
                + "\n  " + approach.label() + ": " + item);
      }
    }
    for (Approach reader : model.approaches()) {
      Object read = model.mapper(reader).fromItem(reference);
      if (!sample.equals(read)) {
        throw new IllegalStateException(
            model.id() + ": " + reader.label() + " reads back " + read + ", not " + sample);
      }
    }
  }

  /** Checks every model. */
  public static void requireAgreement() {
    for (BenchModel model : BenchModel.values()) {
      requireAgreement(model);
    }
  }

  private static TreeSet<String> differingAttributes(
      Map<String, AttributeValue> expected, Map<String, AttributeValue> actual) {
    TreeSet<String> names = new TreeSet<>(expected.keySet());
    names.addAll(actual.keySet());
    names.removeIf(name -> Objects.equals(expected.get(name), actual.get(name)));
    return names;
  }

  /** Runs the check from the command line: {@code SameItemsCheck} prints what it checked. */
  public static void main(String[] args) {
    requireAgreement();
    System.out.println("The mappers agree on " + BenchModel.values().length + " models");
  }
}
