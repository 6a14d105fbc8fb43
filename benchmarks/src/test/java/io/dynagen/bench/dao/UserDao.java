package io.dynagen.bench.dao;

import io.dynagen.annotations.Dao;
import io.dynagen.bench.model.User;
import java.util.List;
import java.util.Optional;

/** The DAO side of {@link DaoCallBenchmark}: each method the same request as the table call it is measured against. */
@Dao(User.class)
public interface UserDao {
  /** A projection of a user: its keys and first name. */
  record UserName(String username, String lastName, String firstName) {}

  Optional<User> get(String username, String lastName);

  List<User> findByUsername(String username);

  List<UserName> findNamesByUsername(String username);
}
