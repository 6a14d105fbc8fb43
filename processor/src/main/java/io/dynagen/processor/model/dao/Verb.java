package io.dynagen.processor.model.dao;

import java.util.List;

/** What a DAO method does, from the start of its name. */
public enum Verb {
  READ("find", "get", "read", "query", "list", "stream"),
  EXISTS("exists"),
  COUNT("count"),
  /** A Scan, asked for by name: the only way a DAO method scans. */
  SCAN("scan"),
  PUT("put", "save"),
  DELETE("delete", "remove");

  private final List<String> prefixes;

  Verb(String... prefixes) {
    this.prefixes = List.of(prefixes);
  }

  public List<String> prefixes() {
    return prefixes;
  }
}
