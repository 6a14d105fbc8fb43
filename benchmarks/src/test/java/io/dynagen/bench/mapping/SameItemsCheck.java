package io.dynagen.bench.mapping;

import java.time.Instant;
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
      if (!sameItem(approach, reference, item)) {
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

  /**
   * Equal items; for the Enhanced Client, equal up to the width of Instant texts: it writes
   * {@code Instant.toString()} where Dynagen writes nine fraction digits, the same instant.
   */
  private static boolean sameItem(
      Approach approach, Map<String, AttributeValue> reference, Map<String, AttributeValue> item) {
    if (approach != Approach.ENHANCED) {
      return reference.equals(item);
    }
    return instantsAsToString(reference).equals(instantsAsToString(item));
  }

  private static Map<String, AttributeValue> instantsAsToString(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> copy = new java.util.HashMap<>(item);
    copy.replaceAll((name, value) -> {
      String s = value.s();
      if (s != null && s.length() >= 20 && s.charAt(10) == 'T' && s.endsWith("Z")) {
        try {
          return AttributeValue.fromS(Instant.parse(s).toString());
        } catch (java.time.format.DateTimeParseException notAnInstant) {
          return value;
        }
      }
      return value;
    });
    return copy;
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
