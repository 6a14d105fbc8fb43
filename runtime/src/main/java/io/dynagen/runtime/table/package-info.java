/**
 * Typed tables over the AWS SDK's DynamoDB client: the core every capability builds on.
 *
 * <p>This package holds what a user or generated code holds and catches whatever they do:
 * {@link io.dynagen.runtime.table.TypedTable} and its generated faces ({@code TableAccessor},
 * {@code SimpleKeyTable}, {@code CompositeKeyTable}, the index handles), {@link
 * io.dynagen.runtime.table.Tables}, {@link io.dynagen.runtime.table.ItemSize}, and the exceptions
 * any operation may throw ({@code ConditionFailedException}, {@code VersionConflictException},
 * {@code TableNotFoundException}, {@code DeadlineExceededException}).
 *
 * <p>The capabilities sit in subpackages, each with its options, results and the exceptions only
 * it throws:
 *
 * <ul>
 *   <li>{@code read}: queries, scans, parallel scans, pages and cursors, {@code GetOptions};
 *   <li>{@code batch}: batch writers (one table or several) and batch gets;
 *   <li>{@code transact}: transactional writes and gets;
 *   <li>{@code admin}: creating, describing and naming tables ({@code TableOptions}, {@code
 *       TableInfo}, {@code TableNames});
 *   <li>{@code internal}: request building and response decoding shared by the capabilities
 *       (keys, item limits, conditions, updates, generated values, {@code @Version}): public only
 *       because Java has no other way to share it across packages; not API, may change in any
 *       release.
 * </ul>
 *
 * <p>Single-item writes (put, update, delete and their conditions) are methods of {@code
 * TypedTable}; their request building lives in {@code internal}, where the batch and transaction
 * paths use it too.
 */
package io.dynagen.runtime.table;
