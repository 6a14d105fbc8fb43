package io.dynagen.runtime.plain;

/**
 * Where a value sits inside the structure being written: {@code address.tags[2]}.
 *
 * <p>A linked list from the innermost segment to the root, rendered only when an error needs
 * it, so writing a value that is fine never builds a path string.
 */
final class PlainPath {
  /** The value passed in itself, above any attribute name. */
  static final PlainPath ROOT = new PlainPath(null, null, -1);

  private final PlainPath parent;
  private final String key;
  private final int index;

  private PlainPath(PlainPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** The path of a map value or item attribute under this one. */
  PlainPath key(String name) {
    return new PlainPath(this, name, -1);
  }

  /** The path of a list or set element under this one. */
  PlainPath index(int position) {
    return new PlainPath(this, null, position);
  }

  /** The path as a user would write it, quoted for a message; the root reads "the value". */
  String describe() {
    if (parent == null) {
      return "the value";
    }
    return "'" + render(new StringBuilder()) + "'";
  }

  private StringBuilder render(StringBuilder out) {
    if (parent == null) {
      return out;
    }
    parent.render(out);
    if (key == null) {
      return out.append('[').append(index).append(']');
    }
    if (out.length() > 0) {
      out.append('.');
    }
    return out.append(key);
  }
}
