package io.dynagen.bench.mapping;

import io.dynagen.bench.model.Playlist;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The playlist item (a list of 1,000 strings) mapped by hand in the style of {@link UserHandMapper}. */
public final class PlaylistHandMapper implements ItemMapper<Playlist> {

  @Override
  public Map<String, AttributeValue> toItem(Playlist playlist) {
    Map<String, AttributeValue> item = new HashMap<>();
    if (playlist.id() != null) {
      item.put("id", AttributeValue.fromS(playlist.id()));
    }
    if (playlist.tracks() != null) {
      item.put("tracks", HandMapping.stringList(playlist.tracks()));
    }
    return item;
  }

  @Override
  public Playlist fromItem(Map<String, AttributeValue> item) {
    AttributeValue tracks = item.get("tracks");
    return new Playlist(HandMapping.string(item, "id"), tracks == null ? null : HandMapping.strings(tracks));
  }
}
