package io.dynagen.runtime.testmodel;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.DocumentEncoder;
import io.dynagen.runtime.expr.DocumentPath;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.StringPath;

/** The metamodel of the address document, as the processor will generate it. */
public final class AddressPath extends DocumentPath<TestAddress> {
  public final StringPath<String> road;
  public final StringPath<String> city;
  public final StringPath<String> state;
  public final NumberPath<Integer> zipcode;

  public AddressPath(AttributePath parent, String name) {
    super(parent, name, new DocumentEncoder<>(TestAddressSchema.INSTANCE));
    this.road = new StringPath<>(this, "road", Encoders.STRING);
    this.city = new StringPath<>(this, "city", Encoders.STRING);
    this.state = new StringPath<>(this, "state", Encoders.STRING);
    this.zipcode = new NumberPath<>(this, "zipcode", Encoders.INT);
  }
}
