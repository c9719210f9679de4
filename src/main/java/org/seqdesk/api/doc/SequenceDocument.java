package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * VidiCore's native sequence ({@code vidispine} format, SequenceType): video and audio tracks of
 * segments that point into source items, and transitions. Times are exact: samples in a time base.
 *
 * <p>{@code in}/{@code out} are timeline positions, {@code sourceIn}/{@code sourceOut} points in
 * the source item; {@code sourceTrack} is 1-based and counts audio channels across streams.
 */
@JacksonXmlRootElement(localName = "SequenceDocument")
@JsonPropertyOrder({"id", "track", "setting", "override"})
public record SequenceDocument(
        String id,
        @JsonProperty("track") List<Track> tracks,
        @JsonProperty("setting") List<KeyValue> settings,
        TranscodePresetDocument override) {

    public SequenceDocument {
        tracks = Lists.of(tracks);
        settings = Lists.of(settings);
    }

    public static SequenceDocument of(List<Track> tracks) {
        return new SequenceDocument(null, tracks, null, null);
    }

    /** A track; {@code audio} false or absent means video. */
    @JsonPropertyOrder({"audio", "segment", "transition"})
    public record Track(
            Boolean audio,
            @JsonProperty("segment") List<Segment> segments,
            @JsonProperty("transition") List<Transition> transitions) {

        public Track {
            segments = Lists.of(segments);
            transitions = Lists.of(transitions);
        }

        public boolean isAudio() {
            return Boolean.TRUE.equals(audio);
        }
    }

    /** A clip: a span of a source item's track placed on the timeline. */
    @JsonPropertyOrder({"item", "sourceTrack", "in", "out", "sourceIn", "sourceOut", "effect"})
    public record Segment(
            String item,
            Integer sourceTrack,
            TimeCodeDocument in,
            TimeCodeDocument out,
            TimeCodeDocument sourceIn,
            TimeCodeDocument sourceOut,
            @JsonProperty("effect") List<EffectDocument> effects) {

        public Segment {
            effects = Lists.of(effects);
        }
    }

    /** A transition occupying {@code in} to {@code out} on the timeline. */
    @JsonPropertyOrder({
        "in",
        "out",
        "wipe",
        "transition",
        "horizRepeat",
        "vertRepeat",
        "startPercentage",
        "endPercentage",
        "reverse",
        "borderWidth",
        "borderColor"
    })
    public record Transition(
            TimeCodeDocument in,
            TimeCodeDocument out,
            Integer wipe,
            String transition,
            Integer horizRepeat,
            Integer vertRepeat,
            Integer startPercentage,
            Integer endPercentage,
            Boolean reverse,
            Integer borderWidth,
            String borderColor) {

        /** A plain transition of the given name, e.g. a dissolve, with no wipe settings. */
        public static Transition named(String name, TimeCodeDocument in, TimeCodeDocument out) {
            return new Transition(in, out, null, name, null, null, null, null, null, null, null);
        }
    }
}
