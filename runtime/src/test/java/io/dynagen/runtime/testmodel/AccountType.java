package io.dynagen.runtime.testmodel;

/** The account types of the users walk-through. */
public enum AccountType {
  standard_user,
  super_user,
  anonymous
}
