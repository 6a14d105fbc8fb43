/**
 * Single-table design: several entity types (the permitted subclasses of a sealed {@code @Table}
 * root) in one table, their keys assembled from templates such as {@code ORDER#{createdAt}#{orderId}}.
 * What every generated {@code XTable} of a sealed root would repeat lives here once: template
 * encoding ({@link KeyTemplate}, {@link KeyText}), the per-entity schema ({@link EntitySchema}),
 * reading the root type by type attribute or key prefix ({@link SingleTableSchema}), and the
 * accessors the generated code extends ({@link SingleTable}, {@link EntityAccessor}, {@link
 * SharedIndexAccessor}).
 */
package io.dynagen.runtime.single;
