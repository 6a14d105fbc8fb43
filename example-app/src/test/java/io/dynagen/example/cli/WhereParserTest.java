package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.example.WhereParser;
import io.dynagen.example.WhereParser.Field;
import io.dynagen.example.WhereParser.WhereSyntaxException;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.expr.StringPath;
import io.dynagen.runtime.expr.ValuePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code --where} parser: each expression gives the condition the typed paths would build
 * in Java, and each mistake names its token and position.
 */
class WhereParserTest {
  static final NumberPath<Integer> AGE = new NumberPath<>(null, "age", Encoders.INT);
  static final StringPath<String> FIRST_NAME = new StringPath<>(null, "first_name", Encoders.STRING);
  static final StringPath<String> ACCOUNT_TYPE = new StringPath<>(null, "account_type", Encoders.STRING);
  static final ValuePath<Object> ADDRESS = new ValuePath<>(null, "address", (value, attribute) -> null);
  static final StringPath<String> STATE = new StringPath<>(ADDRESS, "state", Encoders.STRING);

  static final WhereParser PARSER = new WhereParser(WhereParser.byPath(
      Field.integer(AGE), Field.text(FIRST_NAME), Field.text(ACCOUNT_TYPE), Field.text(STATE)));

  @Test
  void theWalkthroughsScans() {
    assertSame(AGE.lt(27), "age < 27");
    assertSame(FIRST_NAME.beginsWith("J").and(ACCOUNT_TYPE.eq("super_user")),
        "first_name begins_with J and account_type = super_user");
    assertSame(STATE.eq("CA"), "address.state = CA");
  }

  @Test
  void everyOperator() {
    assertSame(AGE.eq(1), "age = 1");
    assertSame(AGE.ne(1), "age <> 1");
    assertSame(AGE.ne(1), "age != 1");
    assertSame(AGE.le(1), "age <= 1");
    assertSame(AGE.gt(-1), "age > -1");
    assertSame(AGE.ge(1), "age >= 1");
    assertSame(AGE.between(20, 30), "age between 20 and 30");
    assertSame(AGE.in(1, 2, 3), "age in (1, 2, 3)");
    assertSame(FIRST_NAME.lt("K"), "first_name < K");
    assertSame(FIRST_NAME.contains("an"), "first_name contains an");
    assertSame(FIRST_NAME.in("Jane", "John"), "first_name IN (Jane,John)");
    assertSame(FIRST_NAME.between("A", "M"), "first_name BETWEEN A AND M");
    assertSame(AGE.exists(), "age exists");
    assertSame(STATE.notExists(), "address.state not_exists");
  }

  @Test
  void quotedValuesKeepSpacesAndKeywords() {
    assertSame(FIRST_NAME.eq("Mary Ann"), "first_name = 'Mary Ann'");
    assertSame(FIRST_NAME.eq("and"), "first_name = \"and\"");
    assertSame(FIRST_NAME.eq("O'Neil"), "first_name = 'O\\'Neil'");
  }

  @Test
  void andBindsTighterThanOrAndParenthesesAndNotGroup() {
    assertSame(AGE.lt(1).or(AGE.gt(5).and(FIRST_NAME.eq("J"))), "age < 1 or age > 5 and first_name = J");
    assertSame(AGE.lt(1).or(AGE.gt(5)).and(FIRST_NAME.eq("J")), "(age < 1 or age > 5) and first_name = J");
    assertSame(AGE.lt(1).negate().and(FIRST_NAME.eq("J")), "not age < 1 and first_name = J");
    assertSame(AGE.lt(1).and(FIRST_NAME.eq("J")).negate(), "NOT (age < 1 AND first_name = J)");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                              | 1  | ''            | the expression is empty
      age <                           | 6  | ''            | expected a value after '<'
      age < 27 and                    | 13 | ''            | expected a condition after 'and'
      age < 27 first_name = J         | 10 | first_name    | expected 'and', 'or' or the end of the expression
      agee < 27                       | 1  | agee          | no such attribute; the attributes are age, first_name, account_type, address.state
      age < 2.5                       | 7  | 2.5           | 'age' is a whole number; this value is not one
      age begins_with 2               | 5  | begins_with   | 'begins_with' applies to text, and 'age' is a number
      age like 2                      | 5  | like          | expected an operator after 'age'
      age => 2                        | 5  | =>            | unknown operator; use = <> != < <= > >=
      (age < 2                        | 9  | ''            | expected ')' to close the '(' at position 1
      age between 1 or 2              | 15 | or            | expected 'and' between the two bounds of 'between'
      age in 1, 2                     | 8  | 1             | expected '(' after 'in'
      age in (1 2)                    | 11 | 2             | expected ',' or ')' in the list of 'in'
      first_name = "Jane              | 14 | "Jane         | the quoted value is not closed: end it with "
      = 3                             | 1  | =             | expected an attribute name
      """)
  void mistakesNameTheirTokenAndPosition(String text, int position, String token, String problem) {
    WhereSyntaxException e = assertThrows(WhereSyntaxException.class, () -> PARSER.parse(text));

    assertEquals(position, e.position(), e.getMessage());
    assertEquals(token, e.token(), e.getMessage());
    String expectedStart = "bad --where expression at position " + position + " ("
        + (token.isEmpty() ? "end of the expression" : "'" + token + "'") + "): " + problem;
    assertEquals(expectedStart, e.getMessage().substring(0, Math.min(e.getMessage().length(), expectedStart.length())));
  }

  /** Same expression text, names and values as the condition built in Java. */
  private static void assertSame(Condition expected, String where) {
    Placeholders javaPlaceholders = new Placeholders();
    Placeholders parsedPlaceholders = new Placeholders();
    String javaText = expected.render(javaPlaceholders);
    String parsedText = PARSER.parse(where).render(parsedPlaceholders);
    assertEquals(javaText, parsedText, where);
    assertEquals(javaPlaceholders.namesOrNull(), parsedPlaceholders.namesOrNull(), where);
    assertEquals(javaPlaceholders.valuesOrNull(), parsedPlaceholders.valuesOrNull(), where);
  }
}
