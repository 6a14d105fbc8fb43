package io.dynagen.runtime.testmodel;

import io.dynagen.runtime.expr.BinaryPath;
import io.dynagen.runtime.expr.ElementPaths;
import io.dynagen.runtime.expr.EnumEncoder;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.ListPath;
import io.dynagen.runtime.expr.MapPath;
import io.dynagen.runtime.expr.NumberPath;
import io.dynagen.runtime.expr.SetPath;
import io.dynagen.runtime.expr.StringPath;
import software.amazon.awssdk.core.SdkBytes;

/** The metamodel of {@link TestUser}, as the processor will generate it. */
public final class TestUser_ {
  private TestUser_() {}

  public static final StringPath<String> username = new StringPath<>(null, "username", Encoders.STRING);
  public static final StringPath<String> lastName = new StringPath<>(null, "last_name", Encoders.STRING);
  public static final StringPath<String> firstName = new StringPath<>(null, "first_name", Encoders.STRING);
  public static final NumberPath<Integer> age = new NumberPath<>(null, "age", Encoders.INT);
  public static final StringPath<AccountType> accountType =
      new StringPath<>(null, "account_type", new EnumEncoder<AccountType>());
  public static final AddressPath address = new AddressPath(null, "address");
  public static final StringPath<String> status = new StringPath<>(null, "status", Encoders.STRING);
  public static final StringPath<String> nickName = new StringPath<>(null, "nick.name", Encoders.STRING);
  public static final SetPath<String> tags = new SetPath<>(null, "tags", Encoders.STRING);
  public static final ListPath<String, StringPath<String>> history =
      new ListPath<>(null, "history", ElementPaths.strings(Encoders.STRING));
  public static final MapPath<Integer, NumberPath<Integer>> scores =
      new MapPath<>(null, "scores", ElementPaths.numbers(Encoders.INT));
  public static final BinaryPath<SdkBytes> avatar = new BinaryPath<>(null, "avatar", Encoders.SDK_BYTES);
}
