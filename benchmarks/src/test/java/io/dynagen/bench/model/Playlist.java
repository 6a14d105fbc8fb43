package io.dynagen.bench.model;

import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import java.util.List;

/** An item with one long list: a playlist of 1,000 track ids (measured by Dynagen and by hand only). */
@Table(name = "playlists")
public record Playlist(@PartitionKey String id, List<String> tracks) {}
