package io.dynagen.bench.mapping;

import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserSchema;
import io.dynagen.bench.model.Wide;
import io.dynagen.bench.model.WideSchema;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** The two items measured, each with its sample object and its three mappers. */
public enum BenchModel implements Named {
  /** The walk-through's users item: strings, an int, a nested address, a list, a timestamp. */
  USERS("users", "users item (9 attributes, nested address)") {
    @Override
    public Object sample() {
      return Samples.user();
    }

    @Override
    ItemMapper<?> newMapper(Approach approach) {
      switch (approach) {
        case DYNAGEN:
          return new DynagenMapper<>(UserSchema.INSTANCE);
        case HAND_WRITTEN:
          return new UserHandMapper();
        case ENHANCED:
          return new EnhancedMapper<>(TableSchema.fromBean(User.class));
        default:
          throw new AssertionError(approach);
      }
    }
  },

  /** A catalogue item of 30 attributes of mixed types. */
  WIDE("wide", "wide item (30 attributes, mixed types)") {
    @Override
    public Object sample() {
      return Samples.wide();
    }

    @Override
    ItemMapper<?> newMapper(Approach approach) {
      switch (approach) {
        case DYNAGEN:
          return new DynagenMapper<>(WideSchema.INSTANCE);
        case HAND_WRITTEN:
          return new WideHandMapper();
        case ENHANCED:
          return new EnhancedMapper<>(TableSchema.fromBean(Wide.class));
        default:
          throw new AssertionError(approach);
      }
    }
  };

  private final String id;
  private final String label;

  BenchModel(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /** A new sample object, every property set. */
  public abstract Object sample();

  abstract ItemMapper<?> newMapper(Approach approach);

  /**
   * A new mapper of this model's class. Typed as mapping {@code Object} so that callers can
   * pick the model at run time; it only ever receives objects of {@link #sample()}'s class.
   */
  @SuppressWarnings("unchecked")
  public ItemMapper<Object> mapper(Approach approach) {
    return (ItemMapper<Object>) newMapper(approach);
  }

  public static BenchModel ofId(String id) {
    return Named.byId(values(), id);
  }
}
