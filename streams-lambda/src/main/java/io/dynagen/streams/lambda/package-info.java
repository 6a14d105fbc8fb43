/**
 * AWS Lambda's DynamoDB stream events ({@code com.amazonaws.services.lambda.runtime.events.DynamodbEvent})
 * as the AWS SDK v2's records and attribute values, converted field by field, for Dynagen's typed
 * stream records ({@code io.dynagen.runtime.streams.ItemChanges}).
 */
package io.dynagen.streams.lambda;
