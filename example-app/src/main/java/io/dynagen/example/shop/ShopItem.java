package io.dynagen.example.shop;

import io.dynagen.annotations.SharedIndex;
import io.dynagen.annotations.SingleTable;
import io.dynagen.annotations.Table;

/**
 * The shop: customers, their orders and the orders' lines in one table. A customer's items share
 * the partition {@code CUSTOMER#id}, so one Query reads the customer with everything they ordered;
 * the overloaded index GSI1 turns the order around ({@code ORDER#id}: the order, then its lines).
 * Dynagen generates {@code ShopItemTable} from these annotations (docs/single-table.md).
 */
@Table(name = "shop")
@SingleTable(partitionKey = "PK", sortKey = "SK", typeAttribute = "type")
@SharedIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
