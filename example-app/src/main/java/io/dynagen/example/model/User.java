package io.dynagen.example.model;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;

/**
 * A user of the walk-through's {@code users} table, as a record. The anonymous users have no
 * age, so {@code age} is an {@code Integer}: absent, not zero.
 */
@Table(name = "users")
public record User(
    @PartitionKey String username,
    @SortKey @Attribute("last_name") String lastName,
    @Attribute("first_name") String firstName,
    Integer age,
    @Attribute("account_type") String accountType,
    Address address) {}
