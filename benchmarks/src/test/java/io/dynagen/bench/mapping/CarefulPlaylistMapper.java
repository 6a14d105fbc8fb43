package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Playlist;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The playlist item mapped by hand with care for speed, in the style of {@link CarefulUserMapper}. */
public final class CarefulPlaylistMapper implements ItemMapper<Playlist> {

  @Override
  public Map<String, AttributeValue> toItem(Playlist playlist) {
    Map<String, AttributeValue> item = new HashMap<>(4);
    if (playlist.id() != null) {
      item.put("id", AttributeValue.createS(playlist.id()));
    }
    if (playlist.tracks() != null) {
      item.put("tracks", Careful.stringList(playlist.tracks()));
    }
    return item;
  }

  @Override
  public Playlist fromItem(Map<String, AttributeValue> item) {
    AttributeValue tracks = item.get("tracks");
    return new Playlist(Careful.string(item, "id"), tracks == null ? null : Careful.strings(tracks));
  }
}
