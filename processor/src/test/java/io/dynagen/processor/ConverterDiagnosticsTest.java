package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/** The rules about {@code @Convert} converters. */
class ConverterDiagnosticsTest {
  private static final String VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";

  /** A converter class named {@code name}, declared as {@code declaration}, of {@code type}. */
  private static TestSource converter(String name, String declaration, String type, String... members) {
    String[] lines = new String[members.length + 4];
    lines[0] = declaration + " {";
    lines[1] = "  public " + VALUE + " toAttributeValue(" + type + " v) { return " + VALUE + ".fromS(v.toString()); }";
    lines[2] = "  public " + type + " fromAttributeValue(" + VALUE + " v) { return null; }";
    System.arraycopy(members, 0, lines, 3, members.length);
    lines[lines.length - 1] = "}";
    return TestSource.of(name, lines);
  }

  private static TestSource userConverting(String converter) {
    return TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @Convert(" + converter + ".class) Currency currency) {} // <-");
  }

  @Test
  void workingConverterThroughGenericBase() {
    TestSource base = TestSource.of("ToStringConverter",
        "public abstract class ToStringConverter<T> implements io.dynagen.runtime.AttributeConverter<T> {",
        "  public " + VALUE + " toAttributeValue(T v) { return " + VALUE + ".fromS(v.toString()); }",
        "}");
    TestSource converter = TestSource.of("CurrencyConverter",
        "public class CurrencyConverter extends ToStringConverter<Currency> {",
        "  public Currency fromAttributeValue(" + VALUE + " v) { return Currency.getInstance(v.s()); }",
        "}");
    Dynagen.Run run = compile(userConverting("CurrencyConverter"), converter, base);
    assertThat(run.compilation()).succeededWithoutWarnings();
  }

  @Test
  void classThatIsNoConverter() {
    TestSource notConverter = TestSource.of("Formatter", "public class Formatter {}");
    TestSource user = userConverting("Formatter");
    assertOnlyError(compile(user, notConverter), user, "converter-type",
        "Formatter does not implement io.dynagen.runtime.AttributeConverter",
        "implement AttributeConverter<java.util.Currency>");
  }

  @Test
  void converterOfAnotherType() {
    TestSource converter = converter("LocaleConverter",
        "public class LocaleConverter implements io.dynagen.runtime.AttributeConverter<Locale>", "Locale");
    TestSource user = userConverting("LocaleConverter");
    assertOnlyError(compile(user, converter), user, "converter-mismatch",
        "handles java.util.Locale but the property is java.util.Currency",
        "use an AttributeConverter<java.util.Currency>");
  }

  @Test
  void converterWithoutNoArgConstructor() {
    TestSource converter = converter("CurrencyConverter",
        "public class CurrencyConverter implements io.dynagen.runtime.AttributeConverter<Currency>", "Currency",
        "  public CurrencyConverter(String format) {}");
    TestSource user = userConverting("CurrencyConverter");
    assertOnlyError(compile(user, converter), user, "converter-constructor",
        "new CurrencyConverter()", "no accessible no-arg constructor", "public no-arg constructor");
  }

  @Test
  void abstractConverter() {
    TestSource converter = converter("CurrencyConverter",
        "public abstract class CurrencyConverter implements io.dynagen.runtime.AttributeConverter<Currency>",
        "Currency");
    TestSource user = userConverting("CurrencyConverter");
    assertOnlyError(compile(user, converter), user, "converter-constructor", "it is abstract");
  }

  @Test
  void innerClassConverter() {
    TestSource converters = TestSource.of("Converters",
        "public class Converters {",
        "  public class CurrencyConverter implements io.dynagen.runtime.AttributeConverter<Currency> {",
        "    public " + VALUE + " toAttributeValue(Currency v) { return null; }",
        "    public Currency fromAttributeValue(" + VALUE + " v) { return null; }",
        "  }",
        "}");
    TestSource user = userConverting("Converters.CurrencyConverter");
    assertOnlyError(compile(user, converters), user, "converter-constructor", "inner class");
  }

  @Test
  void privateConverter() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @Convert(User.CurrencyConverter.class) Currency currency) { // <-",
        "  private static class CurrencyConverter implements io.dynagen.runtime.AttributeConverter<Currency> {",
        "    public " + VALUE + " toAttributeValue(Currency v) { return null; }",
        "    public Currency fromAttributeValue(" + VALUE + " v) { return null; }",
        "  }",
        "}");
    assertOnlyError(compile(user), user, "converter-constructor", "not accessible from the model's package");
  }
}
