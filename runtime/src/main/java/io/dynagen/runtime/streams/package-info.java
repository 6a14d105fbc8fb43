/**
 * DynamoDB Streams records read as the mapped class: {@code ItemChanges.of(UserSchema.INSTANCE)
 * .read(record)} gives an {@link io.dynagen.runtime.streams.ItemChange} with the change type, the
 * keys, the old and new images as {@code User}s, the sequence number and the approximate time.
 * Records come from the SDK ({@code DynamoDbStreamsClient.getRecords}); Lambda's own event classes
 * are converted by the {@code dynagen-streams-lambda} module.
 */
package io.dynagen.runtime.streams;
