/** Creating, describing and naming tables: options, capacity, descriptions and name rules. */
package io.dynagen.runtime.table.admin;
