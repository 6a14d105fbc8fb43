package io.dynagen.example.dao;

import io.dynagen.annotations.Convert;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import io.dynagen.example.model.Address;
import io.dynagen.example.model.Color;
import io.dynagen.example.model.Money;
import io.dynagen.example.model.MoneyConverter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A seller's listing, with an attribute of each kind a DAO filters or projects: strings, numbers,
 * an enum, a set, a list, an Optional, a nested document and a converted type.
 */
@Table(name = "listings")
public record Listing(
    @PartitionKey String seller,
    @SortKey long id,
    String title,
    long price,
    Color color,
    Set<String> tags,
    List<String> sizes,
    Optional<String> note,
    Address address,
    @Convert(MoneyConverter.class) Money deposit) {}
