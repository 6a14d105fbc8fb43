package io.dynagen.example;

import io.dynagen.annotations.Dao;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserTable;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The app's reads of the users table, said by name: Dynagen implements this interface as {@code
 * UserDaoImpl} at compile time, each method one GetItem or one Query (page by page) of the table
 * keyed (username, lastName). See docs/daos.md.
 */
@Dao(User.class)
interface UserDao {
  /** The generated table, for what a name cannot say. */
  UserTable table();

  Optional<User> get(String username, String lastName);

  Stream<User> findByUsername(String username);

  Stream<User> findByUsernameOrderByLastNameDesc(String username);

  Stream<User> findByUsernameAndLastNameBeginsWith(String username, String prefix);

  Stream<User> findByUsernameAndLastNameBeginsWithOrderByLastNameDesc(String username, String prefix);
}
