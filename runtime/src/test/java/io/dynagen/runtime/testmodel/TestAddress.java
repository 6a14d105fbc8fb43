package io.dynagen.runtime.testmodel;

/** The walk-through's nested address document. */
public record TestAddress(String road, String city, String state, Integer zipcode) {}
