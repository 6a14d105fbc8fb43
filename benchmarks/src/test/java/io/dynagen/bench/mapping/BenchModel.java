package io.dynagen.bench.mapping;

import io.dynagen.bench.model.OrderSchema;
import io.dynagen.bench.model.PlaylistSchema;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserSchema;
import io.dynagen.bench.model.Wide;
import io.dynagen.bench.model.WideSchema;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** The items measured, each with its sample object and its mappers. */
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
        case CAREFUL:
          return new CarefulUserMapper();
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
        case CAREFUL:
          return new CarefulWideMapper();
        case ENHANCED:
          return new EnhancedMapper<>(TableSchema.fromBean(Wide.class));
        default:
          throw new AssertionError(approach);
      }
    }
  },

  /** A list of 1,000 strings. */
  LIST("list", "item with a list of 1,000 strings") {
    @Override
    public Object sample() {
      return Samples.playlist();
    }

    @Override
    ItemMapper<?> newMapper(Approach approach) {
      switch (approach) {
        case DYNAGEN:
          return new DynagenMapper<>(PlaylistSchema.INSTANCE);
        case HAND_WRITTEN:
          return new PlaylistHandMapper();
        case CAREFUL:
          return new CarefulPlaylistMapper();
        default:
          throw new IllegalArgumentException(approach + " is not measured on " + this);
      }
    }

    @Override
    public List<Approach> approaches() {
      return WITHOUT_ENHANCED;
    }
  },

  /** A list of 100 nested documents. */
  NESTED("nested", "item with 100 nested documents") {
    @Override
    public Object sample() {
      return Samples.order();
    }

    @Override
    ItemMapper<?> newMapper(Approach approach) {
      switch (approach) {
        case DYNAGEN:
          return new DynagenMapper<>(OrderSchema.INSTANCE);
        case HAND_WRITTEN:
          return new OrderHandMapper();
        case CAREFUL:
          return new CarefulOrderMapper();
        default:
          throw new IllegalArgumentException(approach + " is not measured on " + this);
      }
    }

    @Override
    public List<Approach> approaches() {
      return WITHOUT_ENHANCED;
    }
  };

  /**
   * The mappers of the list and nested items: the Enhanced Client's numbers on the users and wide
   * items say enough, and leaving it out keeps the run under ten minutes.
   */
  private static final List<Approach> WITHOUT_ENHANCED =
      List.of(Approach.DYNAGEN, Approach.HAND_WRITTEN, Approach.CAREFUL);

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

  /** The mappers measured on this item. */
  public List<Approach> approaches() {
    return List.of(Approach.values());
  }

  /** The items cold starts are measured on: the two that every mapper maps. */
  public static List<BenchModel> coldStartModels() {
    return List.of(USERS, WIDE);
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
