package io.dynagen.example.single;

import io.dynagen.annotations.Entity;

/** A user's account: no {@code @Ttl}, so its item never expires. */
@Entity(partitionKey = "USER#{userId}", sortKey = "ACCOUNT")
public record Account(String userId, String name) implements Login {}
