package io.dynagen.example.dao;

import io.dynagen.annotations.Dao;
import io.dynagen.annotations.Filter;
import io.dynagen.example.model.Address;
import io.dynagen.example.model.Color;
import io.dynagen.example.model.Money;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every filter operator, and projections into a record, a JavaBean and an immutable class. */
@Dao(Listing.class)
interface ListingDao {
  void save(Listing listing);

  List<Listing> findBySellerAndTitle(String seller, @Filter String title);

  List<Listing> findBySellerAndTitleNot(String seller, @Filter String title);

  List<Listing> findBySellerAndPriceLessThan(String seller, @Filter long price);

  List<Listing> findBySellerAndPriceLessThanEqual(String seller, @Filter long price);

  List<Listing> findBySellerAndPriceGreaterThan(String seller, @Filter long price);

  List<Listing> findBySellerAndPriceGreaterThanEqual(String seller, @Filter long price);

  List<Listing> findBySellerAndPriceBetween(String seller, @Filter long low, @Filter long high);

  List<Listing> findBySellerAndTitleBeginsWith(String seller, @Filter String prefix);

  List<Listing> findBySellerAndTitleContains(String seller, @Filter String part);

  List<Listing> findBySellerAndTagsContains(String seller, @Filter String tag);

  List<Listing> findBySellerAndSizesContains(String seller, @Filter String size);

  List<Listing> findBySellerAndNoteExists(String seller, @Filter boolean exists);

  List<Listing> findBySellerAndColorIn(String seller, @Filter Collection<Color> colors);

  List<Listing> findBySellerAndNote(String seller, @Filter String note);

  List<Listing> findBySellerAndIdGreaterThanAndPriceLessThan(String seller, long id, @Filter long price);

  Stream<Listing> scanByColorNotAndPriceGreaterThan(Color color, long price);

  /** A nested document, a converted type and an Optional, projected. */
  record Place(long id, Address address, Money deposit, Optional<String> note) {}

  List<Place> findPlacesBySeller(String seller);

  /** A JavaBean projection; {@code price} is a {@code long} of the listing, read into its box. */
  final class PriceBean {
    private long id;
    private Long price;
    private String title;

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }

    public Long getPrice() {
      return price;
    }

    public void setPrice(Long price) {
      this.price = price;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }
  }

  List<PriceBean> findPriceBeansBySellerAndPriceGreaterThan(String seller, @Filter long price);

  /** An immutable class, built through its constructor. */
  final class Label {
    private final long id;
    private final String title;

    public Label(long id, String title) {
      this.id = id;
      this.title = title;
    }

    public long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }
  }

  Optional<Label> findLabelBySellerAndId(String seller, long id);
}
