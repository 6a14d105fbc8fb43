package io.dynagen.example.single;

import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/** The e-commerce single table of docs/single-table.md: customers, their orders and order lines. */
@Table(name = "shop")
@SingleTable(partitionKey = "PK", sortKey = "SK", typeAttribute = "type")
@SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
