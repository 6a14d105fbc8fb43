package io.dynagen.example.single;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.Entity;
import io.dynagen.annotations.Ttl;

/**
 * A one-time sign-in token, valid until an epoch second: its {@code @Ttl} is stored under the name
 * {@link Session}'s is, the one attribute the table expires items by.
 */
@Entity(partitionKey = "USER#{userId}", sortKey = "TOKEN#{tokenId}")
public record Token(String userId, String tokenId, @Ttl @Attribute("expiresAt") long validUntil) implements Login {}
