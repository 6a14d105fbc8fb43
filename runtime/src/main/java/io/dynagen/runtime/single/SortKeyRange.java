package io.dynagen.runtime.single;

import io.dynagen.runtime.expr.SortKeyCondition;

/**
 * Rewrites a typed condition on the first placeholder of a sort template ({@code createdAt} of
 * {@code ORDER#{createdAt}#{orderId}}) as one key condition on the whole sort key text, selecting
 * exactly the items whose value Java's comparison selects, whatever the later placeholders hold.
 *
 * <p>Why the bounds are exact: {@link KeyText} writes numbers and times at a fixed width from
 * ASCII characters, in value order, so for the text {@code t(x) = prefix + KeyText(x)}:
 *
 * <ul>
 *   <li>an item whose value is {@code x} has a sort key {@code t(x)}, then the separator (or the
 *       template's end), then anything: at least {@code t(x)} and below {@code t(x) + U+FFFF},
 *       since the separator is a character below U+FFFF;
 *   <li>an item whose value is below {@code x} differs from {@code t(x)} inside it, by a lower
 *       character: below {@code t(x)}, and at most {@code t(x)} with its last character lowered by
 *       one and then U+FFFF (its next character, a digit or the separator, is below U+FFFF);
 *   <li>an item whose value is above {@code x} differs inside {@code t(x)} by a higher character:
 *       above every text starting with {@code t(x)}.
 * </ul>
 *
 * No key holds U+FFFF, so the inclusive bounds made with it are never keys themselves, and the
 * entity's keys all lie between its literal prefix and the prefix followed by U+FFFF.
 */
final class SortKeyRange {
  private static final char TOP = '\uffff';

  private final KeyTemplate template;
  private final String entity;
  private final String property;
  private final Class<?> type;

  SortKeyRange(KeyTemplate template, String entity, Class<?> type) {
    if (template.isLiteral()) {
      throw new IllegalArgumentException("The sort template '" + template + "' of " + entity
          + " has no placeholder to take a range of; query the partition instead");
    }
    String after = template.literalAfter(0);
    if (!after.isEmpty() && (after.charAt(0) == TOP || Character.isSurrogate(after.charAt(0)))) {
      throw new IllegalArgumentException("The sort template '" + template + "' of " + entity + " has '"
          + after.charAt(0) + "' after its first placeholder, which sorts after every key character: no key"
          + " condition can bound a range of it; use an ASCII separator such as '#'");
    }
    this.template = template;
    this.entity = entity;
    this.property = template.properties().get(0);
    this.type = type;
  }

  /**
   * {@return the condition on the whole sort key text; {@code null} for one selecting every item}
   *
   * @param condition the condition on the first placeholder's value
   */
  SortKeyCondition<String> keyCondition(SortKeyCondition<?> condition) {
    String operator = condition.operator();
    if (type == String.class) {
      return onText(operator, (String) condition.low());
    }
    if (operator.equals("begins_with")) {
      throw new IllegalArgumentException("beginsWith on '" + property + "' of " + entity + ", a "
          + type.getSimpleName() + ": only a String placeholder has a prefix; use a range (between, lt, le, gt, ge)");
    }
    String value = text(condition.low());
    String floor = template.prefix().isEmpty() ? null : template.prefix();
    String ceiling = floor == null ? null : floor + TOP;
    switch (operator) {
      case "=":
        return SortKeyCondition.between(value, value + TOP);
      case "<":
        return bounded(floor, value.substring(0, value.length() - 1) + (char) (value.charAt(value.length() - 1) - 1) + TOP);
      case "<=":
        return bounded(floor, value + TOP);
      case ">":
        return bounded(value + TOP, ceiling);
      case ">=":
        return bounded(value, ceiling);
      case "BETWEEN":
        String high = text(condition.high());
        if (value.compareTo(high) > 0) {
          throw new IllegalArgumentException("between(" + condition.low() + ", " + condition.high() + ") on '"
              + property + "' of " + entity + " has its low bound above its high bound; give the lower value first");
        }
        return SortKeyCondition.between(value, high + TOP);
      default:
        throw new IllegalArgumentException("Unknown sort key operator " + operator);
    }
  }

  /** A String placeholder: its order in keys is not Java's once the separator follows, so no range. */
  private SortKeyCondition<String> onText(String operator, String value) {
    String after = template.literalAfter(0);
    boolean last = template.properties().size() == 1;
    switch (operator) {
      case "=":
        return last ? SortKeyCondition.eq(template.prefix() + value + after)
            : SortKeyCondition.beginsWith(template.prefix() + value + after);
      case "begins_with":
        if (!after.isEmpty() && value.indexOf(after.charAt(0)) >= 0) {
          throw new IllegalArgumentException("beginsWith(\"" + value + "\") on '" + property + "' of " + entity
              + " holds '" + after.charAt(0) + "', the text after it in the sort template '" + template
              + "': it would also select longer keys; use a prefix without '" + after.charAt(0) + "'");
        }
        String prefix = template.prefix() + value;
        return prefix.isEmpty() ? null : SortKeyCondition.beginsWith(prefix);
      default:
        throw new IllegalArgumentException("A range (" + operator + ") on '" + property + "' of " + entity
            + ", a String: with the separator after it the keys are not in the strings' order; use eq or"
            + " beginsWith, or put a number or time first in the sort template");
    }
  }

  private static SortKeyCondition<String> bounded(String low, String high) {
    if (low != null && high != null) {
      return SortKeyCondition.between(low, high);
    }
    return low != null ? SortKeyCondition.ge(low) : SortKeyCondition.le(high);
  }

  /** The prefix and the value's key text; an integer given for a narrower number type, narrowed. */
  private String text(Object value) {
    Object typed = value;
    if (value instanceof Long && type != Long.class) {
      long number = (Long) value;
      if (type == Integer.class && number == (int) number) {
        typed = (int) number;
      } else if (type == Short.class && number == (short) number) {
        typed = (short) number;
      } else if (type == Byte.class && number == (byte) number) {
        typed = (byte) number;
      } else {
        throw new IllegalArgumentException("The value " + value + " compared with '" + property + "' of " + entity
            + " does not fit its type, " + type.getSimpleName() + "; give a value in its range");
      }
    }
    return template.prefix() + KeyText.of(typed, entity, property);
  }
}
