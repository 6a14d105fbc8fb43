package io.dynagen.processor.check;

import io.dynagen.processor.model.EntityModel;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.SingleTableModel;
import javax.lang.model.element.TypeElement;

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
  private final SingleTableRules singleTableRules;

  public ModelChecker(Reporter reporter) {
    this.reporter = reporter;
    this.classRules = new ClassRules(reporter);
    this.propertyRules = new PropertyRules(reporter);
    KeyTypeRule keyType = new KeyTypeRule(reporter);
    this.keyRules = new KeyRules(reporter, keyType);
    this.indexRules = new IndexRules(reporter, keyType);
    this.projectionRules = new ProjectionRules(reporter);
    this.generatedValueRules = new GeneratedValueRules(reporter);
    this.singleTableRules = new SingleTableRules(reporter);
  }

  /**
   * Checks a single table: each entity class as a class, then the table as a whole; returns true
   * if it has no errors.
   */
  public boolean check(SingleTableModel model) {
    int errorsBefore = reporter.errorCount();
    for (EntityModel entity : model.entities()) {
      if (entity.mapped() != null) {
        check(entity.mapped());
      }
    }
    singleTableRules.check(model);
    return reporter.errorCount() == errorsBefore;
  }

  /** Reports {@code @SingleTable} on a class that is not a sealed root. */
  public void reportNotSealed(TypeElement element, Placed singleTable, String kind) {
    reporter.report(Message.SEALED_HIERARCHY, singleTable, kind, element.getSimpleName());
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
