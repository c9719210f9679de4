package org.seqdesk.timeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An edit: video and audio tracks laid on one timeline.
 *
 * @param id the VidiCore sequence id, or empty
 * @param name the sequence name as the editing tool shows it, or empty
 * @param rate the sequence's video frame rate and timecode mode
 * @param start the timecode of the first frame (01:00:00:00 is common); the timeline times of
 *     segments count from zero, not from this
 * @param metadata anything else worth keeping that the model has no field for
 */
public record Sequence(
        String id,
        String name,
        FrameRate rate,
        TimeCode start,
        List<Track> tracks,
        List<Marker> markers,
        Map<String, String> metadata) {

    public Sequence {
        Objects.requireNonNull(rate, "rate");
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        start = start == null ? TimeCode.zero(rate.timeBase()) : start;
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        markers = markers == null ? List.of() : List.copyOf(markers);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public List<Track> videoTracks() {
        return tracks.stream().filter(t -> t.kind() == TrackKind.VIDEO).toList();
    }

    public List<Track> audioTracks() {
        return tracks.stream().filter(t -> t.kind() == TrackKind.AUDIO).toList();
    }

    /**
     * The name a written file gives the sequence: its name, else its id; empty if neither.
     *
     * <p>TODO(#7): the sandbox's exporter passes the stored sequence on as it is; it should set the
     * name from the item's title field when the sequence has none, so exports are named by the
     * title rather than the id.
     */
    public String title() {
        return name.isBlank() ? id : name;
    }

    public int segmentCount() {
        return tracks.stream().mapToInt(t -> t.segments().size()).sum();
    }

    /** From zero to the end of the last segment or transition on any track. */
    public TimeCode duration() {
        TimeCode end = TimeCode.zero(rate.timeBase());
        for (Track t : tracks) {
            for (Segment s : t.segments()) {
                end = TimeCode.max(end, s.timelineOut());
            }
            for (Transition tr : t.transitions()) {
                end = TimeCode.max(end, tr.out());
            }
        }
        return end;
    }
}
