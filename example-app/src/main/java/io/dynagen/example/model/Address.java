package io.dynagen.example.model;

import io.dynagen.annotations.Document;

/** A postal address, stored inside a user item as a map. */
@Document
public record Address(String road, String city, String state, int zipcode) {}
