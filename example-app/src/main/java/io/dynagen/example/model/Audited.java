package io.dynagen.example.model;

import java.time.Instant;

/** A superclass whose properties are inherited by mapped subclasses. */
public class Audited {
  public Instant createdAt;
  public String createdBy;
}
