package io.dynagen.example.single;

import io.dynagen.annotations.Entity;
import io.dynagen.annotations.Ttl;
import java.time.Instant;

/** A signed-in session, which DynamoDB deletes some time after it expires. */
@Entity(partitionKey = "USER#{userId}", sortKey = "SESSION#{sessionId}")
public record Session(String userId, String sessionId, String device, @Ttl Instant expiresAt) implements Login {}
