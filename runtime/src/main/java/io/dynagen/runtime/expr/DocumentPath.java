package io.dynagen.runtime.expr;

/**
 * A path to a {@code @Document} attribute (M). The processor generates a subclass per document
 * class whose fields are the paths of the document's attributes, each built with {@code this} as
 * parent, so that {@code User_.address.state} renders as {@code #n0.#n1}; and the {@link
 * ElementPaths} that lists and maps of the document build their element paths with:
 *
 * <pre>{@code
 * public static final class Path extends DocumentPath<Address> {
 *   public final StringPath<String> state = new StringPath<>(this, "state", Encoders.STRING);
 *
 *   public Path(AttributePath parent, String name) {
 *     super(parent, name, Address_.ENCODER);
 *   }
 *
 *   public Path(AttributePath list, int index) {
 *     super(list, index, Address_.ENCODER);
 *   }
 * }
 * }</pre>
 *
 * @param <D> the document class
 */
public abstract class DocumentPath<D> extends ValuePath<D> {

  /**
   * A path to the document attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how a whole document is stored, usually a {@link DocumentEncoder}
   */
  protected DocumentPath(AttributePath parent, String name, ValueEncoder<D> encoder) {
    super(parent, name, encoder);
  }

  /**
   * A path to the document at {@code index} of the list at {@code list}, for the {@link
   * ElementPaths} a generated document path class provides.
   *
   * @param list the path of the list
   * @param index the position in the list, from 0
   * @param encoder how a whole document is stored, usually a {@link DocumentEncoder}
   */
  protected DocumentPath(AttributePath list, int index, ValueEncoder<D> encoder) {
    super(list, index, encoder);
  }

  /** {@return the number of the document's stored attributes, to compare: {@code size(path)}} */
  public final Size size() {
    return new Size(this);
  }
}
