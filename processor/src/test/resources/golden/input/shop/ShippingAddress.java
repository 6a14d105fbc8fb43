package shop;

import io.dynagen.annotations.Document;

@Document
public record ShippingAddress(String street, String city, int zipcode) {}
