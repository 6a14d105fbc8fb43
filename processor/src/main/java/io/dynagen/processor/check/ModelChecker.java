package io.dynagen.processor.check;

import io.dynagen.processor.model.MappedClass;

/**
 * The rules a mapped class must follow. Reads only the model; every problem goes to the {@link
 * Reporter} with its message, on the element and annotation at fault. Each group of rules lives
 * in its own class; this one decides which apply.
 */
public final class ModelChecker {
  private final Reporter reporter;
  private final ClassRules classRules;
  private final PropertyRules propertyRules;
  private final KeyRules keyRules;
  private final IndexRules indexRules;
  private final ProjectionRules projectionRules;
  private final GeneratedValueRules generatedValueRules;

  public ModelChecker(Reporter reporter) {
    this.reporter = reporter;
    this.classRules = new ClassRules(reporter);
    this.propertyRules = new PropertyRules(reporter);
    KeyTypeRule keyType = new KeyTypeRule(reporter);
    this.keyRules = new KeyRules(reporter, keyType);
    this.indexRules = new IndexRules(reporter, keyType);
    this.projectionRules = new ProjectionRules(reporter);
    this.generatedValueRules = new GeneratedValueRules(reporter);
  }

  /** Checks a class; returns true if it has no errors (warnings allowed). */
  public boolean check(MappedClass model) {
    int errorsBefore = reporter.errorCount();
    if (classRules.checkShape(model)) {
      classRules.checkConstruction(model);
      propertyRules.check(model);
      generatedValueRules.check(model);
      if (model.isTable()) {
        classRules.checkTableName(model);
        keyRules.checkTableKeys(model);
        indexRules.check(model);
        projectionRules.check(model);
      } else {
        keyRules.checkNoKeysInDocument(model);
      }
    }
    return reporter.errorCount() == errorsBefore;
  }
}
