package io.dynagen.processor.model.dao;

import io.dynagen.processor.model.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A DAO method name, read as {@code verb [subject] [By condition (And condition)*] [OrderBy
 * property [Asc|Desc]]}: {@code findSummariesByCustomerAndDateGreaterThanOrderByDateDesc}. The
 * subject ({@code Summaries}, {@code All}) only reads well; properties are matched against the
 * entity's, longest first, so a property whose name holds {@code And} still reads as one.
 *
 * @param hasBy whether the name has a {@code By} clause ({@code get(username)} has none)
 * @param orderBy the property of {@code OrderBy}, or null
 */
public record MethodName(Verb verb, boolean hasBy, List<NamedCondition> conditions, Property orderBy, boolean descending) {

  /** One condition of the name: a property and how it is compared. */
  public record NamedCondition(Property property, Operator operator) {}

  /** The name read, or why it cannot be. */
  sealed interface Parsed permits Ok, Failed {}

  record Ok(MethodName name) implements Parsed {}

  record Failed(DaoProblem problem) implements Parsed {}

  static Parsed parse(String name, List<Property> properties) {
    Verb verb = null;
    String rest = null;
    for (Verb candidate : Verb.values()) {
      for (String prefix : candidate.prefixes()) {
        if (name.startsWith(prefix) && (name.length() == prefix.length() || Character.isUpperCase(name.charAt(prefix.length())))) {
          verb = candidate;
          rest = name.substring(prefix.length());
        }
      }
    }
    if (verb == null) {
      return new Failed(new DaoProblem.UnknownMethod(name));
    }
    int by = clauseStart(rest);
    if (by < 0) {
      return new Ok(new MethodName(verb, false, List.of(), null, false));
    }
    String clause = rest.substring(by);
    List<NamedCondition> conditions = new ArrayList<>();
    if (clause.startsWith("By")) {
      clause = clause.substring(2);
      while (true) {
        Property property = matchProperty(clause, properties);
        if (property == null) {
          return new Failed(new DaoProblem.UnknownProperty(unknownText(clause), names(properties)));
        }
        clause = clause.substring(property.name().length());
        Operator operator = matchOperator(clause);
        if (operator == null) {
          return new Failed(new DaoProblem.UnknownOperator(property, untilNextClause(clause)));
        }
        clause = clause.substring(spelledLength(clause, operator));
        conditions.add(new NamedCondition(property, operator));
        if (clause.startsWith("And")) {
          clause = clause.substring(3);
        } else {
          break;
        }
      }
    }
    Property orderBy = null;
    boolean descending = false;
    if (clause.startsWith("OrderBy")) {
      clause = clause.substring("OrderBy".length());
      orderBy = matchProperty(clause, properties);
      if (orderBy == null) {
        return new Failed(new DaoProblem.UnknownProperty(unknownText(clause), names(properties)));
      }
      clause = clause.substring(orderBy.name().length());
      if (clause.equals("Desc")) {
        descending = true;
        clause = "";
      } else if (clause.equals("Asc")) {
        clause = "";
      }
    }
    if (!clause.isEmpty()) {
      return new Failed(new DaoProblem.UnknownProperty(unknownText(clause), names(properties)));
    }
    return new Ok(new MethodName(verb, true, List.copyOf(conditions), orderBy, descending));
  }

  /** Where {@code By} or {@code OrderBy} starts after the verb and subject, or -1. */
  private static int clauseStart(String rest) {
    for (int i = 0; i + 2 <= rest.length(); i++) {
      if (rest.startsWith("OrderBy", i) && boundary(rest, i + 7)) {
        return i;
      }
      if (rest.startsWith("By", i) && boundary(rest, i + 2)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean boundary(String text, int at) {
    return at == text.length() || Character.isUpperCase(text.charAt(at));
  }

  /** The longest property whose capitalized name starts {@code clause} and is followed by what may follow one. */
  private static Property matchProperty(String clause, List<Property> properties) {
    List<Property> sorted = new ArrayList<>(properties);
    sorted.sort(Comparator.comparingInt((Property p) -> p.name().length()).reversed());
    for (Property property : sorted) {
      String spelled = capitalize(property.name());
      if (clause.startsWith(spelled) && boundary(clause, spelled.length())) {
        String after = clause.substring(spelled.length());
        if (matchOperator(after) != null) {
          return property;
        }
      }
    }
    for (Property property : sorted) {
      String spelled = capitalize(property.name());
      if (clause.startsWith(spelled) && boundary(clause, spelled.length())) {
        return property;
      }
    }
    return null;
  }

  /** The operator {@code text} starts with, followed by the end, {@code And} or {@code OrderBy}; null if none. */
  private static Operator matchOperator(String text) {
    Operator best = null;
    int bestLength = -1;
    for (Operator operator : Operator.values()) {
      for (String spelling : operator.spellings()) {
        String after = text.substring(Math.min(spelling.length(), text.length()));
        if (text.startsWith(spelling) && spelling.length() > bestLength && endsCondition(after)) {
          best = operator;
          bestLength = spelling.length();
        }
      }
    }
    return best;
  }

  private static int spelledLength(String text, Operator operator) {
    int length = 0;
    for (String spelling : operator.spellings()) {
      if (text.startsWith(spelling) && endsCondition(text.substring(spelling.length())) && spelling.length() >= length) {
        length = spelling.length();
      }
    }
    return length;
  }

  private static boolean endsCondition(String after) {
    return after.isEmpty() || (after.startsWith("And") && boundary(after, 3))
        || (after.startsWith("OrderBy") && boundary(after, 7));
  }

  /** The word the name has where a property was expected, for the message: up to the next clause. */
  private static String unknownText(String clause) {
    String word = untilNextClause(clause);
    for (Operator operator : Operator.values()) {
      for (String spelling : operator.spellings()) {
        if (!spelling.isEmpty() && word.endsWith(spelling) && word.length() > spelling.length()) {
          return decapitalize(word.substring(0, word.length() - spelling.length()));
        }
      }
    }
    return decapitalize(word);
  }

  private static String untilNextClause(String clause) {
    for (int i = 1; i < clause.length(); i++) {
      if ((clause.startsWith("And", i) && boundary(clause, i + 3)) || (clause.startsWith("OrderBy", i) && boundary(clause, i + 7))) {
        return clause.substring(0, i);
      }
    }
    return clause;
  }

  private static List<String> names(List<Property> properties) {
    List<String> names = new ArrayList<>();
    for (Property property : properties) {
      names.add(property.name());
    }
    return names;
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
