package org.seqdesk.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a SequenceDocument in VidiCore's JSON form: no root wrapper, repeatables as arrays (a lone
 * object, {@code []}, {@code {}} or an absent key are all accepted), samples as numbers (strings
 * and the text form {@code 250@PAL} accepted too). Problems name the path, e.g. {@code
 * /track[2]/segment[5]/out}.
 */
public final class VidispineJsonReader implements SequenceReader {
    private static final Set<String> DOCUMENT_KEYS = Set.of("id", "track", "setting");
    private static final Set<String> TRACK_KEYS = Set.of("audio", "segment", "transition");
    private static final Set<String> SEGMENT_KEYS =
            Set.of("item", "sourceTrack", "in", "out", "sourceIn", "sourceOut", "effect");
    private static final Set<String> TRANSITION_KEYS = Set.of("in", "out", "wipe", "transition");

    @Override
    public ReadResult read(byte[] content, String sourceName) {
        JsonNode root;
        try {
            root = JsonInput.parse(content);
        } catch (IOException e) {
            return ReadResult.failed(List.of(Problem.error(sourceName, e.getMessage())));
        }
        if (!root.isObject()) {
            return ReadResult.failed(
                    List.of(Problem.error("/", "not a SequenceDocument: expected a JSON object")));
        }
        return new Parse().document(root);
    }

    /** One parse: collects problems while walking the tree. */
    private static final class Parse {
        private final List<Problem> problems = new ArrayList<>();
        private final VidispineJsonValues values = new VidispineJsonValues(problems);

        ReadResult document(JsonNode root) {
            unknownKeys(root, DOCUMENT_KEYS, "");
            List<Track> tracks = new ArrayList<>();
            int i = 0;
            for (JsonNode t : JsonInput.list(root, "track")) {
                i++;
                tracks.add(track(t, "/track[" + i + "]"));
            }
            List<String[]> settings = new ArrayList<>();
            for (JsonNode s : JsonInput.list(root, "setting")) {
                String key = JsonInput.text(s, "key");
                String value = JsonInput.text(s, "value");
                settings.add(new String[] {key == null ? "" : key, value == null ? "" : value});
            }
            String id = JsonInput.text(root, "id");
            Sequence s =
                    new Sequence(
                            id,
                            "",
                            VidispineAssembly.rate(tracks),
                            null,
                            tracks,
                            List.of(),
                            VidispineAssembly.settingsMetadata(settings));
            return ReadResult.of(s, ProblemLimit.limited(problems));
        }

        private Track track(JsonNode track, String path) {
            unknownKeys(track, TRACK_KEYS, path);
            boolean audio = values.bool(track, "audio", path + "/audio");
            List<Segment> segments = new ArrayList<>();
            TimeCode previousOut = null;
            int i = 0;
            for (JsonNode s : JsonInput.list(track, "segment")) {
                i++;
                Segment seg = segment(s, path + "/segment[" + i + "]", previousOut);
                if (seg != null) {
                    segments.add(seg);
                    previousOut = seg.timelineOut();
                }
            }
            List<Transition> transitions = new ArrayList<>();
            i = 0;
            for (JsonNode t : JsonInput.list(track, "transition")) {
                i++;
                String at = path + "/transition[" + i + "]";
                unknownKeys(t, TRANSITION_KEYS, at);
                String name = JsonInput.text(t, "transition");
                Transition tr =
                        VidispineAssembly.transition(
                                name == null ? "" : name,
                                values.time(t, "in", at + "/in"),
                                values.time(t, "out", at + "/out"),
                                values.integer(t, "wipe", at + "/wipe"),
                                at,
                                problems);
                if (tr != null) {
                    transitions.add(tr);
                }
            }
            TrackKind kind = audio ? TrackKind.AUDIO : TrackKind.VIDEO;
            return new Track(kind, "", true, segments, transitions);
        }

        private Segment segment(JsonNode seg, String path, TimeCode previousOut) {
            unknownKeys(seg, SEGMENT_KEYS, path);
            List<Effect> effects = new ArrayList<>();
            for (JsonNode e : JsonInput.list(seg, "effect")) {
                effects.add(values.effect(e, path + "/effect[" + (effects.size() + 1) + "]"));
            }
            VidispineAssembly.SegmentParts parts =
                    new VidispineAssembly.SegmentParts(
                            JsonInput.text(seg, "item"),
                            values.integer(seg, "sourceTrack", path + "/sourceTrack"),
                            values.time(seg, "in", path + "/in"),
                            values.time(seg, "out", path + "/out"),
                            values.time(seg, "sourceIn", path + "/sourceIn"),
                            values.time(seg, "sourceOut", path + "/sourceOut"),
                            effects);
            return VidispineAssembly.segment(parts, previousOut, path, problems);
        }

        private void unknownKeys(JsonNode node, Set<String> known, String path) {
            if (!node.isObject()) {
                problems.add(Problem.error(path.isEmpty() ? "/" : path, "expected an object"));
                return;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    problems.add(Problem.info(path + "/" + key, "property not kept: " + key));
                }
            }
        }
    }
}
