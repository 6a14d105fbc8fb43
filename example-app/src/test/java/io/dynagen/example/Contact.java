package io.dynagen.example;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.LocalIndexSortKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Projection;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;

/** A contact whose indexes copy less than the whole item: one only keys, one keys and a phone. */
@Table(name = "contacts")
public record Contact(
    @PartitionKey String owner,
    @SortKey String name,
    @IndexPartitionKey(value = "by-city", projection = Projection.INCLUDE, include = "phone") String city,
    @LocalIndexSortKey(value = "by-age", projection = Projection.KEYS_ONLY) Integer age,
    String phone,
    String note) {}
