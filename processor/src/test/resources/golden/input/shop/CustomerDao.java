package shop;

import io.dynagen.annotations.Dao;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A DAO of a bean with a partition key only, and no table() of its own. */
@Dao(Customer.class)
public interface CustomerDao {
  Optional<Customer> findById(String id);

  List<Customer> findByIdIn(Collection<String> ids);

  void deleteById(String id);

  List<Customer> scanAll();
}
