package io.dynagen.bench.shop;

import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/**
 * The shop's single table (docs/single-table.md): a customer, its orders and their lines share one
 * partition ({@code CUSTOMER#id}), so one Query reads a whole customer as a mixed item collection.
 */
@Table(name = "shop")
@SingleTable(partitionKey = "PK", sortKey = "SK", typeAttribute = "type")
@SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
