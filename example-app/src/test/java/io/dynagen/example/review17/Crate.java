package io.dynagen.example.review17;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A JavaBean of the same kinds as {@link Shelf}, with a string sort key. */
@Table(name = "review17_crates")
public class Crate {
  private String depot;
  private String code;
  private Colour colour;
  private List<Integer> weights;
  private Set<String> labels;
  private Map<String, Colour> colours;
  private Label label;
  private Optional<Long> volume = Optional.empty();

  @PartitionKey
  public String getDepot() {
    return depot;
  }

  public void setDepot(String depot) {
    this.depot = depot;
  }

  @SortKey
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  @IndexPartitionKey("by-colour")
  public Colour getColour() {
    return colour;
  }

  public void setColour(Colour colour) {
    this.colour = colour;
  }

  public List<Integer> getWeights() {
    return weights;
  }

  public void setWeights(List<Integer> weights) {
    this.weights = weights;
  }

  public Set<String> getLabels() {
    return labels;
  }

  public void setLabels(Set<String> labels) {
    this.labels = labels;
  }

  public Map<String, Colour> getColours() {
    return colours;
  }

  public void setColours(Map<String, Colour> colours) {
    this.colours = colours;
  }

  public Label getLabel() {
    return label;
  }

  public void setLabel(Label label) {
    this.label = label;
  }

  public Optional<Long> getVolume() {
    return volume;
  }

  public void setVolume(Optional<Long> volume) {
    this.volume = volume;
  }
}
