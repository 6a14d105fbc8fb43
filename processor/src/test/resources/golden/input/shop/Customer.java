package shop;

import io.dynagen.annotations.Attribute;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import java.time.Instant;
import java.util.List;

@Table(name = "customers")
public class Customer {
  private String id;
  private String name;
  private int visits;
  private boolean active;
  private Instant since;
  private List<String> tags;
  private ShippingAddress address;

  @PartitionKey
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }

  @Attribute("full_name")
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }

  public int getVisits() { return visits; }
  public void setVisits(int visits) { this.visits = visits; }

  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }

  public Instant getSince() { return since; }
  public void setSince(Instant since) { this.since = since; }

  public List<String> getTags() { return tags; }
  public void setTags(List<String> tags) { this.tags = tags; }

  public ShippingAddress getAddress() { return address; }
  public void setAddress(ShippingAddress address) { this.address = address; }
}
