package io.dynagen.example.single;

import io.dynagen.annotations.Table;

/**
 * Accounts with the sessions and tokens they sign in with: sessions and tokens expire by the one
 * {@code @Ttl} attribute the table has, accounts never do.
 */
@Table(name = "logins")
public sealed interface Login permits Account, Session, Token {}
