package io.dynagen.example;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.StringPath;
import io.dynagen.runtime.expr.AttributePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, strict parser of the {@code --where} expressions of {@code scan}, mapped onto typed
 * metamodel paths so that the result is the same {@link Condition} Java code would build:
 *
 * <pre>
 * age &lt; 27                                   User_.age.lt(27)
 * first_name begins_with J and account_type = super_user
 *                                            User_.firstName.beginsWith("J").and(User_.accountType.eq("super_user"))
 * address.state = CA                         User_.address.state.eq("CA")
 * </pre>
 *
 * <p>Grammar (keywords in any case; values bare or quoted with {@code '} or {@code "}):
 *
 * <pre>
 * where     := or
 * or        := and ( "or" and )*
 * and       := unary ( "and" unary )*
 * unary     := "not" unary | "(" or ")" | predicate
 * predicate := path ( ("=" | "&lt;&gt;" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") value
 *                   | "begins_with" value | "contains" value
 *                   | "between" value "and" value
 *                   | "in" "(" value ( "," value )* ")"
 *                   | "exists" | "not_exists" )
 * </pre>
 *
 * A mistake is a {@link WhereSyntaxException} naming the token at fault and its position
 * (1-based). Parsers are immutable and thread-safe.
 */
public final class WhereParser {
  private static final String OPERATOR_CHARS = "=<>!";
  private static final String PUNCTUATION = "(),";

  private final Map<String, Field> fields;

  /** A parser of conditions on the attributes {@code fields}, by stored path ({@code address.state}). */
  public WhereParser(Map<String, Field> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An attribute a where-expression can name, with its typed path. */
  public sealed interface Field {
    /** A text attribute. */
    static Field text(StringPath<String> path) {
      return new TextField(path);
    }

    /** A whole-number attribute. */
    static Field integer(NumberPath<Integer> path) {
      return new IntegerField(path);
    }
  }

  private record TextField(StringPath<String> path) implements Field {}

  private record IntegerField(NumberPath<Integer> path) implements Field {}

  /** Fields keyed by their paths' stored names ({@code address.state}), in the order given. */
  public static Map<String, Field> byPath(Field... fields) {
    Map<String, Field> map = new LinkedHashMap<>();
    for (Field field : fields) {
      map.put(path(field).toString(), field);
    }
    return map;
  }

  /**
   * Parses {@code text} into a condition.
   *
   * @throws WhereSyntaxException if it is not a valid where-expression over this parser's fields
   */
  public Condition parse(String text) {
    return new Run(tokenize(text)).parse();
  }

  /** A where-expression that does not parse: the token at fault, its position and what was expected. */
  public static final class WhereSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String token;

    WhereSyntaxException(Token token, String problem) {
      super("bad --where expression at position " + token.position + " (" + token.describe() + "): " + problem);
      this.position = token.position;
      this.token = token.text;
    }

    /** The 1-based position of the token at fault in the expression. */
    public int position() {
      return position;
    }

    /** The token at fault, or the empty string at the end of the expression. */
    public String token() {
      return token;
    }
  }

  private enum Kind { WORD, QUOTED, OPERATOR, PUNCT, END }

  private record Token(Kind kind, String text, int position) {
    boolean isKeyword(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean is(Kind k, String t) {
      return kind == k && text.equals(t);
    }

    String describe() {
      return kind == Kind.END ? "end of the expression" : "'" + text + "'";
    }
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder value = new StringBuilder();
        i++;
        while (i < text.length() && text.charAt(i) != c) {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          value.append(text.charAt(i));
          i++;
        }
        if (i >= text.length()) {
          throw new WhereSyntaxException(
              new Token(Kind.QUOTED, text.substring(start), start + 1),
              "the quoted value is not closed: end it with " + c);
        }
        i++;
        tokens.add(new Token(Kind.QUOTED, value.toString(), start + 1));
      } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
        while (i < text.length() && OPERATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
          i++;
        }
        tokens.add(new Token(Kind.OPERATOR, text.substring(start, i), start + 1));
      } else if (PUNCTUATION.indexOf(c) >= 0) {
        i++;
        tokens.add(new Token(Kind.PUNCT, String.valueOf(c), start + 1));
      } else {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))
            && OPERATOR_CHARS.indexOf(text.charAt(i)) < 0 && PUNCTUATION.indexOf(text.charAt(i)) < 0
            && text.charAt(i) != '\'' && text.charAt(i) != '"') {
          i++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(start, i), start + 1));
      }
    }
    tokens.add(new Token(Kind.END, "", text.length() + 1));
    return tokens;
  }

  /** One parse: a cursor over the tokens. */
  private final class Run {
    private final List<Token> tokens;
    private int next;

    Run(List<Token> tokens) {
      this.tokens = tokens;
    }

    Condition parse() {
      if (peek().kind == Kind.END) {
        throw new WhereSyntaxException(peek(), "the expression is empty: write a condition such as 'age < 27'");
      }
      Condition condition = or();
      Token end = peek();
      if (end.kind != Kind.END) {
        throw new WhereSyntaxException(end, "expected 'and', 'or' or the end of the expression");
      }
      return condition;
    }

    private Condition or() {
      Condition condition = and();
      while (peek().isKeyword("or")) {
        expectOperandAfter(take());
        condition = condition.or(and());
      }
      return condition;
    }

    private Condition and() {
      Condition condition = unary();
      while (peek().isKeyword("and")) {
        expectOperandAfter(take());
        condition = condition.and(unary());
      }
      return condition;
    }

    /** Fails unless a condition follows {@code and}, {@code or} or {@code not}. */
    private void expectOperandAfter(Token keyword) {
      if (peek().kind == Kind.END) {
        throw new WhereSyntaxException(peek(), "expected a condition after '" + keyword.text + "'");
      }
    }

    private Condition unary() {
      Token token = peek();
      if (token.isKeyword("not")) {
        expectOperandAfter(take());
        return unary().negate();
      }
      if (token.is(Kind.PUNCT, "(")) {
        take();
        Condition inner = or();
        Token close = peek();
        if (!close.is(Kind.PUNCT, ")")) {
          throw new WhereSyntaxException(
              close, "expected ')' to close the '(' at position " + token.position);
        }
        take();
        return inner;
      }
      return predicate();
    }

    private Condition predicate() {
      Token name = take();
      if (name.kind != Kind.WORD) {
        throw new WhereSyntaxException(
            name, "expected an attribute name, such as " + String.join(", ", fields.keySet()));
      }
      Field field = fields.get(name.text);
      if (field == null) {
        throw new WhereSyntaxException(
            name, "no such attribute; the attributes are " + String.join(", ", fields.keySet()));
      }
      Token op = take();
      if (op.kind == Kind.OPERATOR) {
        return compare(field, name, op, value(op));
      }
      if (op.kind == Kind.WORD) {
        switch (op.text.toLowerCase(Locale.ROOT)) {
          case "begins_with":
            return text(field, name, op).beginsWith(value(op).text);
          case "contains":
            return text(field, name, op).contains(value(op).text);
          case "exists":
            return path(field).exists();
          case "not_exists":
            return path(field).notExists();
          case "between":
            return between(field, name, op);
          case "in":
            return in(field, name, op);
          default:
            break;
        }
      }
      throw new WhereSyntaxException(
          op, "expected an operator after '" + name.text + "': = <> != < <= > >= begins_with"
              + " contains between in exists not_exists");
    }

    private Condition compare(Field field, Token name, Token op, Token value) {
      if (field instanceof IntegerField number) {
        int n = integer(value, name);
        switch (op.text) {
          case "=": return number.path().eq(n);
          case "<>": case "!=": return number.path().ne(n);
          case "<": return number.path().lt(n);
          case "<=": return number.path().le(n);
          case ">": return number.path().gt(n);
          case ">=": return number.path().ge(n);
          default: break;
        }
      } else {
        StringPath<String> path = ((TextField) field).path();
        switch (op.text) {
          case "=": return path.eq(value.text);
          case "<>": case "!=": return path.ne(value.text);
          case "<": return path.lt(value.text);
          case "<=": return path.le(value.text);
          case ">": return path.gt(value.text);
          case ">=": return path.ge(value.text);
          default: break;
        }
      }
      throw new WhereSyntaxException(op, "unknown operator; use = <> != < <= > >=");
    }

    private Condition between(Field field, Token name, Token op) {
      Token low = value(op);
      Token and = take();
      if (!and.isKeyword("and")) {
        throw new WhereSyntaxException(and, "expected 'and' between the two bounds of 'between'");
      }
      Token high = value(and);
      if (field instanceof IntegerField number) {
        return number.path().between(integer(low, name), integer(high, name));
      }
      return ((TextField) field).path().between(low.text, high.text);
    }

    private Condition in(Field field, Token name, Token op) {
      Token open = take();
      if (!open.is(Kind.PUNCT, "(")) {
        throw new WhereSyntaxException(open, "expected '(' after 'in', as in: in (a, b)");
      }
      List<Token> values = new ArrayList<>();
      Token separator = open;
      do {
        values.add(value(separator));
        separator = take();
      } while (separator.is(Kind.PUNCT, ","));
      if (!separator.is(Kind.PUNCT, ")")) {
        throw new WhereSyntaxException(separator, "expected ',' or ')' in the list of 'in'");
      }
      if (field instanceof IntegerField number) {
        List<Integer> numbers = new ArrayList<>();
        for (Token value : values) {
          numbers.add(integer(value, name));
        }
        return number.path().in(numbers);
      }
      List<String> texts = new ArrayList<>();
      for (Token value : values) {
        texts.add(value.text);
      }
      return ((TextField) field).path().in(texts);
    }

    /** The value after {@code after}: a bare word or a quoted string. */
    private Token value(Token after) {
      Token value = take();
      if (value.kind != Kind.WORD && value.kind != Kind.QUOTED) {
        throw new WhereSyntaxException(value, "expected a value after '" + after.text + "'");
      }
      return value;
    }

    private int integer(Token value, Token name) {
      try {
        return Integer.parseInt(value.text);
      } catch (NumberFormatException e) {
        throw new WhereSyntaxException(
            value, "'" + name.text + "' is a whole number; this value is not one");
      }
    }

    private StringPath<String> text(Field field, Token name, Token op) {
      if (field instanceof TextField t) {
        return t.path();
      }
      throw new WhereSyntaxException(
          op, "'" + op.text + "' applies to text, and '" + name.text + "' is a number");
    }

    private Token peek() {
      return tokens.get(next);
    }

    private Token take() {
      Token token = tokens.get(next);
      if (token.kind != Kind.END) {
        next++;
      }
      return token;
    }
  }

  private static AttributePath path(Field field) {
    return field instanceof TextField t ? t.path() : ((IntegerField) field).path();
  }
}
