package io.dynagen.example.model;

import io.dynagen.annotations.Document;
import java.util.Objects;

/** An immutable document: one constructor taking every property, and getters. */
@Document
public final class Point {
  private final double x;
  private final double y;
  private final String label;

  public Point(double x, double y, String label) {
    this.x = x;
    this.y = y;
    this.label = label;
  }

  public double getX() {
    return x;
  }

  public double getY() {
    return y;
  }

  public String getLabel() {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Point
        && Double.compare(x, ((Point) other).x) == 0
        && Double.compare(y, ((Point) other).y) == 0
        && Objects.equals(label, ((Point) other).label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(x, y, label);
  }

  @Override
  public String toString() {
    return "Point[" + x + ", " + y + ", " + label + "]";
  }
}
