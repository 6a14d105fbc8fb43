package io.dynagen.processor.check;

import io.dynagen.processor.model.EnhancedSchemaRequest;

/** An Enhanced Client schema is asked for only where the Enhanced Client is on the classpath. */
public final class EnhancedSchemaRule {
  private final Reporter reporter;

  public EnhancedSchemaRule(Reporter reporter) {
    this.reporter = reporter;
  }

  /** True if the request can be met (or there is none). */
  public boolean check(EnhancedSchemaRequest request, String className) {
    if (!request.requested() || request.enhancedClientPresent()) {
      return true;
    }
    reporter.report(Message.ENHANCED_CLIENT_MISSING, request.table(), className,
        request.byOption() ? "-A" + EnhancedSchemaRequest.OPTION + "=true" : "@Table(enhancedSchema = true)",
        request.byOption() ? "remove the option" : "remove enhancedSchema = true");
    return false;
  }
}
