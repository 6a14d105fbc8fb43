package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a DAO of one {@link Table} class: the Dynagen processor implements it as
 * {@code XDaoImpl} (for {@code UserDao}, {@code UserDaoImpl}), in the same package, with plain
 * calls on the generated {@code XTable}.
 *
 * <p>Each abstract method is read from its name and signature at compile time and becomes one
 * GetItem, BatchGetItem, PutItem, DeleteItem or Query on the table or one of its indexes:
 * {@code Optional<User> findByUsernameAndLastName(String username, String lastName)},
 * {@code List<Order> findByStatusAndDateGreaterThan(Status status, LocalDate date)},
 * {@code Page<Order> findByCustomerOrderByNumberDesc(String customer, String cursor, int pageSize)}.
 * A method that would need a Scan is a compile error unless its name starts with {@code scan};
 * a condition on an attribute that is no key of the table or index read is a compile error
 * unless its parameter is marked {@link Filter}. An abstract {@code XTable table()} gives
 * {@code default} methods the generated table for anything a name cannot say. See
 * docs/daos.md for every method shape and the request it becomes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Dao {
  /** {@return the {@link Table} class whose table the DAO reads and writes} */
  Class<?> value();
}
