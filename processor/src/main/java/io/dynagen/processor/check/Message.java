package io.dynagen.processor.check;

import javax.tools.Diagnostic;

/**
 * Every diagnostic Dynagen reports: a stable tag, what is wrong and how to fix it. The text is a
 * {@link String#format} pattern; the tag is prefixed as {@code [dynagen:tag]}.
 */
public enum Message {
  // The class the annotation is on.
  NOT_A_CLASS("not-a-class", "@%s cannot be placed on %s; put it on a class or a record"),
  ABSTRACT_CLASS("abstract-class",
      "@%s class %s is abstract, so Dynagen cannot create it; make it concrete"),
  SEALED_HIERARCHY("sealed-hierarchy",
      "@SingleTable is on %s %s, which is not sealed, so Dynagen cannot know its entity types; declare it 'sealed' with a 'permits' clause naming its @Entity classes, or remove @SingleTable and map a concrete class"),
  PRIVATE_CLASS("private-class",
      "@%s class %s is private (or nested in a private class), so generated code cannot use it; make it package-private or public"),
  INNER_CLASS("inner-class",
      "@%s class %s is an inner class that needs an enclosing instance; declare it static"),
  LOCAL_CLASS("local-class",
      "@%s cannot be placed on a local or anonymous class; move it to a top-level or static nested class"),
  GENERIC_CLASS("generic-class",
      "@%s class %s is generic (%s); Dynagen maps concrete classes only: remove the type parameters or map a concrete subclass"),
  NO_CONSTRUCTOR("no-constructor",
      "%s has no way to be created: add a public no-arg constructor (with setters), or one constructor whose parameters are named as its properties (%s)"),

  // Keys.
  MISSING_PARTITION_KEY("missing-partition-key",
      "@Table class %s has no @PartitionKey; annotate the property that identifies an item (a field, getter or record component)"),
  DUPLICATE_PARTITION_KEY("duplicate-partition-key",
      "@Table class %s has more than one @PartitionKey (%s); keep one, and use @SortKey for the second key attribute"),
  DUPLICATE_SORT_KEY("duplicate-sort-key",
      "@Table class %s has more than one @SortKey (%s); a table has at most one sort key"),
  KEY_TYPE("key-type",
      "%s '%s' has type %s, %s; a key must be stored as a string (S), number (N) or binary (B): use String, char, a number type (int, long, BigDecimal, ...), byte[], SdkBytes, ByteBuffer, an enum, UUID or a java.time type"),
  UNORDERED_SORT_KEY("unordered-sort-key",
      "%s '%s' has type %s, but %s: DynamoDB would order and compare its items differently from Java; use a type whose stored form sorts as its values (String, a number, Instant, LocalDate, LocalDateTime, ...), for example an Instant instead of an OffsetDateTime, or make it a partition key, which is only compared for equality"),
  KEY_IGNORED("key-ignored",
      "Property '%s' is a key and cannot be @Ignore'd; remove @Ignore or the key annotation"),
  STATIC_MEMBER("static-member",
      "@%s is on static %s '%s' of %s, but static members are not stored in items; remove the annotation, or make it an instance %s"),
  KEY_IN_DOCUMENT("key-in-document",
      "@%s has no meaning in @Document class %s: documents are stored inside an item and have no keys; remove it"),
  KEY_IN_ENTITY("key-in-entity",
      "@%s has no meaning in @Entity class %s: an entity's keys are assembled from its @Entity templates; remove it, and name the property in a template instead"),

  // Properties.
  INACCESSIBLE_FIELD("inaccessible-field",
      "Field '%s' of %s is private and has no getter, setter or constructor parameter, so Dynagen can neither store nor load it; add %s() and %s(%s), make the field non-private, or mark it @Ignore (or transient) if it is not part of the item"),
  UNREADABLE_PROPERTY("unreadable-property",
      "Property '%s' of %s can be written but not read back: add a getter %s() or make the field non-private, or mark it @Ignore"),
  UNWRITABLE_PROPERTY("unwritable-property",
      "Property '%s' of %s can be read but never written: add a setter %s(%s), add it to the constructor, or mark it @Ignore"),
  AMBIGUOUS_GETTERS("ambiguous-getters",
      "Property '%s' of %s has two getters, %s() and %s(); remove one, or mark one @Ignore"),
  CONFLICTING_ANNOTATIONS("conflicting-annotations",
      "@%s on '%s' disagrees with the one on its %s (%s vs %s); keep one of them"),
  UNSUPPORTED_TYPE("unsupported-type",
      "Property '%s' has type %s, which Dynagen cannot store%s; use a supported type, or add @Convert(YourConverter.class) with an AttributeConverter<%s>"),
  MISSING_DOCUMENT("missing-document",
      "Property '%s' has type %s, which is not annotated @Document; did you mean to annotate %s with @Document? (or store it with @Convert)"),
  DUPLICATE_ATTRIBUTE("duplicate-attribute",
      "Attribute name '%s' is used by both '%s' and '%s' of %s; give one of them another @Attribute name"),
  INVALID_ATTRIBUTE_NAME("invalid-attribute-name",
      "Attribute name of '%s' is %s; %s"),
  INVALID_TABLE_NAME("invalid-table-name",
      "Table name '%s' is not valid in DynamoDB: %s; use 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'"),

  // Converters.
  CONVERTER_NOT_CONVERTER("converter-type",
      "@Convert(%s.class) on '%s': %s does not implement io.dynagen.runtime.AttributeConverter; implement AttributeConverter<%s>"),
  CONVERTER_WRONG_TYPE("converter-mismatch",
      "@Convert(%s.class) on '%s': the converter handles %s but the property is %s; use an AttributeConverter<%s>"),
  CONVERTER_NOT_INSTANTIABLE("converter-constructor",
      "@Convert(%s.class) on '%s': generated code cannot create the converter with new %s(), because %s; give it a public no-arg constructor and make it a public, non-abstract, top-level or static nested class"),

  // Indexes.
  INDEX_SORT_KEY_WITHOUT_PARTITION("index-without-partition-key",
      "Index '%s' has an @IndexSortKey but no @IndexPartitionKey; add @IndexPartitionKey(\"%s\") to the index's partition key, or, for a local index sharing the table's partition key, write @LocalIndexSortKey(\"%s\") instead of @IndexSortKey"),
  LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY("local-index-without-table-sort-key",
      "Local index '%s' shares the table's partition key, which needs a table with a @SortKey; add @SortKey to a property, or make it a global index with @IndexPartitionKey(\"%s\") and @IndexSortKey(\"%s\")"),
  LOCAL_INDEX_WITH_PARTITION_KEY("local-index-with-partition-key",
      "Index '%s' is a local index (@LocalIndexSortKey), which shares the table's partition key, but '%s' is also its @IndexPartitionKey; for a global index use @IndexSortKey(\"%s\"), or remove it from @IndexPartitionKey"),
  INDEX_INCLUDE_WITHOUT_ATTRIBUTES("index-include-without-attributes",
      "@%s on '%s' projects INCLUDE but names no attributes to include; name them (include = {\"email\"}), or project KEYS_ONLY or ALL"),
  INDEX_ATTRIBUTES_WITHOUT_INCLUDE("index-attributes-without-include",
      "@%s on '%s' names attributes to include (%s) but projects %s, which would ignore them; add projection = Projection.INCLUDE, or remove include"),
  INDEX_INCLUDE_UNKNOWN_ATTRIBUTE("index-include-unknown-attribute",
      "@%s on '%s' includes attribute '%s', which %s does not have%s; name attributes as they are stored (@Attribute names)"),
  INDEX_NAME_TYPO("index-name-typo",
      "Index '%s' is named only here, in @%s, and no other key names it; did you mean '%s'? Name both keys of an index alike (a local index is declared with @LocalIndexSortKey)"),
  DUPLICATE_INDEX_KEY("duplicate-index-key",
      "Index '%s' is given two %s keys (%s and %s); an index has one"),
  INDEX_NAME_CLASH("index-name-clash",
      "Indexes '%s' and '%s' would both be reached through the generated %sIndex; rename one of them"),
  INVALID_INDEX_NAME("invalid-index-name",
      "Index name '%s' is not valid in DynamoDB: %s; use 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'"),
  INVALID_VERSION("invalid-version",
      "@Version on '%s' of type %s: a version must be a long, int, Long or Integer"),
  DUPLICATE_VERSION("duplicate-version",
      "%s has more than one @Version (%s and %s); keep one"),

  // Values Dynagen writes itself.
  GENERATED_VALUE_TYPE("generated-value-type",
      "@%s on '%s' of type %s: %s"),
  DUPLICATE_TTL("duplicate-ttl",
      "%s has more than one @Ttl (%s and %s); DynamoDB expires items by one attribute: keep one"),
  GENERATED_VALUE_ON_KEY("generated-value-on-key",
      "@%s cannot be on key '%s': a key identifies the item and Dynagen never changes it; remove @%s (only @GeneratedUuid may be on a key)"),
  GENERATED_VALUE_IN_DOCUMENT("generated-value-in-document",
      "@%s on '%s' of @Document class %s: Dynagen writes such values on an item's own attributes only; move the property to the @Table class"),
  GENERATED_VALUE_IN_ENTITY("generated-value-in-entity",
      "@%s on '%s' of @Entity class %s: '%s' is in the key template \"%s\", and keys are assembled from the object before Dynagen writes its generated values; set the value yourself, or take '%s' out of the template"),
  TTL_ATTRIBUTE_DIFFERS("ttl-attribute-differs",
      "@Ttl on '%s' of @Entity class %s is stored as '%s', but %s keeps its @Ttl in '%s': a single table has one time-to-live attribute for all its entity types; store this one under the same name with @Attribute(\"%s\")"),
  CONFLICTING_GENERATED_VALUES("conflicting-generated-values",
      "'%s' has both @%s and @%s, which ask for its value to be written two ways; keep one"),
  ZERO_COUNTER_DELTA("counter-delta",
      "@AtomicCounter(delta = 0) on '%s' would never change the counter; give a delta other than 0"),

  // Single tables: a sealed @Table root and its @Entity subclasses.
  ENTITY_WITHOUT_KEYS("entity-without-keys",
      "%s is permitted by sealed @Table %s but has no @Entity, so Dynagen does not know where its items go; annotate it @Entity(partitionKey = \"...\", sortKey = \"...\")"),
  ENTITY_IS_TABLE("entity-is-table",
      "%s is an entity type of single table %s, so it cannot be a @Table of its own; remove @Table (its items are stored in %s's table)"),
  TEMPLATE_SYNTAX("template-syntax",
      "The %s template '%s' of %s %s; write literal text and {property} placeholders, such as \"ORDER#{createdAt}#{orderId}\""),
  TEMPLATE_UNKNOWN_PROPERTY("template-unknown-property",
      "The %s template '%s' of %s names {%s}, but %s has no such property%s; name one of its properties: %s"),
  TEMPLATE_KEY_TYPE("template-key-type",
      "The %s template '%s' of %s names {%s} of type %s, %s; use %s"),
  DUPLICATE_ENTITY_TYPE("duplicate-entity-type",
      "%s and %s in single table %s both have the type name '%s', so a read could not tell their items apart; give one another name with @Entity(type = \"...\")"),
  AMBIGUOUS_KEY_PREFIX("ambiguous-key-prefix",
      "%s and %s could have the same keys (partition key prefixes '%s' and '%s', sort key prefixes '%s' and '%s'), and with Discriminator.KEY_PREFIX a read could not tell them apart; begin one's sort key template with other literal text, or store the type with Discriminator.TYPE_ATTRIBUTE"),
  UNKNOWN_SHARED_INDEX("unknown-shared-index",
      "@EntityIndex(index = \"%s\") on %s names an index that %s does not declare%s; declare it on %s with @SharedIndex(name = \"%s\", partitionKey = \"...\", sortKey = \"...\")"),
  INDEX_SORT_TEMPLATE("index-sort-template",
      "@EntityIndex(index = \"%s\") on %s %s"),
  COLLECTION_MISMATCH("collection-mismatch",
      "Collection '%s' of %s has partition templates of different shapes, '%s' (%s) and '%s' (%s), so one query cannot serve both; write both templates alike, or give one its own collection = \"...\""),
  ENTITY_ATTRIBUTE_CLASH("entity-attribute-clash",
      "Property '%s' of %s is stored as '%s', which single table %s uses for %s; store the property under another name with @Attribute(\"...\"), or name the table's attribute differently in @SingleTable or @SharedIndex"),
  // DAOs (@Dao interfaces).
  DAO_NOT_INTERFACE("dao-not-interface",
      "@Dao is on %s, which is not an interface; Dynagen implements DAO interfaces: declare %s as an interface"),
  DAO_INTERFACE_SHAPE("dao-interface-shape",
      "@Dao interface %s %s, so Dynagen cannot implement it; %s"),
  DAO_ENTITY_NOT_TABLE("dao-entity-not-table",
      "@Dao(%s.class): %s is neither a @Table class nor an @Entity of a single table, so it has no table to read; name a @Table class (or an @Entity a sealed @Table permits), or annotate %s with @Table"),
  DAO_UNKNOWN_METHOD("dao-unknown-method",
      "%s does not start with a verb a DAO method can have; start it with find, get, exists, count, put, save, delete or scan (findByUsername, scanAll), or make it a default method"),
  DAO_UNKNOWN_PROPERTY("dao-unknown-property",
      "%s names '%s', which is not a property of %s%s; name one of its properties (%s)"),
  DAO_UNKNOWN_OPERATOR("dao-unknown-operator",
      "%s follows '%s' with '%s', which is no operator%s; use one of %s, or none for equals"),
  DAO_PARAMETER_COUNT("dao-parameter-count",
      "%s takes %d parameter(s) but its name asks for %d: %s; declare them in that order"),
  DAO_PARAMETER_TYPE("dao-parameter-type",
      "Parameter '%s' of %s has type %s, but %s is %s; declare it as %s"),
  DAO_PARAMETER_ORDER("dao-parameter-order",
      "Parameter '%s' of %s is compared with '%s', but is named as '%s': the parameters are out of order; declare them in the order %s compares the properties: %s"),
  DAO_KEY_OPERATOR("dao-key-operator",
      "%s applies %s to key '%s', but %s; %s"),
  DAO_RETURN_TYPE("dao-return-type",
      "%s returns %s, which %s cannot; return %s"),
  DAO_AMBIGUOUS_INDEX("dao-ambiguous-index",
      "%s fits indexes %s equally; name the one to read with @UseIndex(\"%s\")"),
  DAO_UNKNOWN_INDEX("dao-unknown-index",
      "%s: @UseIndex(\"%s\") names no index of %s%s; name one of %s"),
  DAO_INDEX_MISMATCH("dao-index-mismatch",
      "%s: @UseIndex names %s, whose keys do not include the %s the name gives; name an index keyed by it, or remove @UseIndex"),
  DAO_INDEX_PROJECTION("dao-index-projection",
      "%s reads global %s, which projects %s, so its items would come without %s; return a record of the projected attributes, or project what the method returns (projection = Projection.ALL, or INCLUDE them)"),
  DAO_PROJECTION_COMPONENT("dao-projection-component",
      "%s returns %s, whose component '%s' is not a property of %s%s; name components as %s's properties (%s)"),
  DAO_PROJECTION_TYPE("dao-projection-type",
      "%s returns %s, whose component '%s' has type %s, but property '%s' of %s is %s; declare the component as %s"),
  DAO_PROJECTION_CLASS("dao-projection-class",
      "%s returns %s, which Dynagen cannot fill: %s; %s"),
  DAO_NEEDS_SCAN("dao-needs-scan",
      "%s would need a Scan: %s, so no GetItem, BatchGetItem or Query can answer it%s; query by a partition key (%s), add an index keyed by what the name gives, or name the method scan... to read the whole table on purpose"),
  DAO_IMPLICIT_FILTER("dao-implicit-filter",
      "%s compares '%s', which is no key of %s that it reads: DynamoDB would read every item of the partition and drop those that do not match; mark the parameter @Filter to filter on purpose, or add an index keyed by it"),
  DAO_UNSUPPORTED_FILTER("dao-unsupported-filter",
      "%s filters on '%s', but %s; %s"),
  DAO_FILTER_OPERATOR("dao-filter-operator",
      "%s applies %s to '%s', but %s; %s"),
  DAO_ORDER_BY("dao-order-by",
      "%s orders by '%s', but reads %s: items come in the order of the sort key read; order by that sort key, or query an index sorted by '%s'"),
  DAO_PUT_BY("dao-put-by",
      "%s: a put writes the whole item it is given, so its name takes no By conditions; name it put or save, and write a conditional put as a default method: table().put(item, condition)"),
  DAO_DELETE_KEY("dao-delete-key",
      "%s deletes by what is not the full key of %s: DeleteItem takes one item's whole key; name exactly its keys (delete%s), or take the object (delete(%s item))"),
  DAO_TABLE_METHOD("dao-table-method",
      "%s gives default methods the generated table and must be declared %s table(); change its return type"),
  DAO_SORT_PLACEHOLDER("dao-sort-placeholder",
      "%s compares '%s', which is not the first placeholder of the sort template %s of %s: a key condition compares the sort key from its start, so it applies to '%s' alone; compare '%s' (or name every placeholder of the key, for one item), or mark the parameter @Filter"),
  DAO_PLACEHOLDER_RANGE("dao-placeholder-range",
      "%s applies %s to '%s', a String placeholder of the sort template %s: a key condition selects ranges of numbers and times only, since once text follows a string in a key, the keys are not in the strings' order; compare it for equality or with BeginsWith, or put a number or time first in the sort template"),
  DAO_NO_COLLECTION("dao-no-collection",
      "%s names (%s), which are the partition placeholders of no item collection of %s; name those of one collection, in template order: %s"),
  DAO_AMBIGUOUS_COLLECTION("dao-ambiguous-collection",
      "%s fits the item collections %s equally; name the one to read between the verb and By (find%sBy...)"),
  DAO_SINGLE_TABLE_SCAN("dao-single-table-scan",
      "%s asks for a Scan of single table %s, which reads every item of every entity type; query by key templates in the @Dao of an entity type, or by item collection in the @Dao of %s, or write a default method with table().scan() to read the whole table on purpose"),
  DAO_UNRESOLVED_TYPE("dao-unresolved-type",
      "%s needs type %s, which does not exist: no class of that name was found or generated by the end of compilation; check the name and imports"),

  // The generated classes.
  NAME_CLASH("name-clash",
      "Dynagen generates %s for %s, but a class of that name already exists; rename the existing class, or rename %s"),

  ENHANCED_CLIENT_MISSING("enhanced-client-missing",
      "%s asks for an Enhanced Client TableSchema (%s), but software.amazon.awssdk.enhanced.dynamodb.TableSchema is not on the compile classpath; add the dependency software.amazon.awssdk:dynamodb-enhanced, or %s"),

  // Processing.
  BAD_OPTION("bad-option",
      "The processor option -A%s=%s has a value Dynagen does not know; give %s"),
  UNRESOLVED_TYPE("unresolved-type",
      "Property '%s' needs type %s, which does not exist: no class of that name was found or generated by the end of compilation; check the name and imports"),
  INTERNAL_ERROR("internal-error",
      "internal error in Dynagen, please report: %s"),

  // Warnings.
  TRANSIENT_FIELD_SKIPPED("transient-field", Diagnostic.Kind.WARNING,
      "Field '%s' of %s is transient, so Dynagen does not store it; mark it @Ignore to say so, or remove 'transient' to store it");

  private final String tag;
  private final Diagnostic.Kind kind;
  private final String pattern;

  Message(String tag, String pattern) {
    this(tag, Diagnostic.Kind.ERROR, pattern);
  }

  Message(String tag, Diagnostic.Kind kind, String pattern) {
    this.tag = tag;
    this.kind = kind;
    this.pattern = pattern;
  }

  public String tag() {
    return tag;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The full text: {@code [dynagen:tag] rule and fix}. */
  public String format(Object... arguments) {
    return "[dynagen:" + tag + "] " + String.format(pattern, arguments);
  }
}
