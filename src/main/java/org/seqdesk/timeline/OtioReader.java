package org.seqdesk.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OpenTimelineIO JSON ({@code .otio}): Timeline.1 with its Stack.1 of Track.1 (or the legacy
 * Sequence.1), clips, gaps, transitions, markers and time effects. Times stay exact: each
 * RationalTime's decimal text becomes a fraction, never a double. The non-standard numbers {@code
 * Inf}, {@code -Infinity} and {@code NaN} that OpenTimelineIO writes are accepted. Problems name
 * the JSON path, e.g. {@code tracks.children[0].children[3]}.
 */
public final class OtioReader implements SequenceReader {

    @Override
    public ReadResult read(byte[] content, String sourceName) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JsonInput.parse(normaliseInfinity(content));
        } catch (IOException e) {
            return ReadResult.failed(List.of(Problem.error(sourceName, e.getMessage())));
        }
        if (!OtioValues.kind(root).equals("Timeline")) {
            String schema = OtioValues.schema(root);
            return ReadResult.failed(
                    List.of(
                            Problem.error(
                                    sourceName,
                                    schema.isEmpty()
                                            ? "not an OpenTimelineIO timeline"
                                            : "not a timeline but a " + schema)));
        }
        Sequence sequence = timeline(root, problems);
        return ReadResult.of(sequence, ProblemLimit.limited(problems));
    }

    private static Sequence timeline(JsonNode root, List<Problem> problems) {
        OtioValues values = new OtioValues(problems);
        OtioLayout layout = new OtioLayout(values, problems);
        JsonNode stack = root.path("tracks");
        List<Track> tracks = new ArrayList<>();
        JsonNode children = stack.path("children");
        for (int i = 0; i < children.size(); i++) {
            tracks.add(track(children.get(i), "tracks.children[" + i + "]", layout, problems));
        }
        List<Marker> markers = new ArrayList<>(layout.markers);
        JsonNode stackMarkers = stack.path("markers");
        for (int i = 0; i < stackMarkers.size(); i++) {
            Marker m =
                    new OtioClips(values, problems)
                            .marker(stackMarkers.get(i), "tracks.markers[" + i + "]");
            if (m != null) {
                markers.add(m);
            }
        }
        JsonNode ours = root.path("metadata").path("seqdesk");
        FrameRate rate = rate(ours, tracks);
        TimeCode start = values.time(root.get("global_start_time"), "global_start_time");
        if (start != null) {
            start = OtioLayout.prefer(start, rate.timeBase());
        }
        return new Sequence(
                ours.path("id").asText(""),
                OtioValues.text(root, "name"),
                rate,
                start,
                tracks,
                markers,
                metadata(ours.path("metadata")));
    }

    private static Track track(JsonNode t, String path, OtioLayout shared, List<Problem> problems) {
        String kind = OtioValues.kind(t);
        OtioLayout layout = new OtioLayout(new OtioValues(problems), problems);
        if (kind.equals("Clip") || kind.equals("Gap")) {
            problems.add(
                    Problem.warning(
                            path, "a " + kind + " directly in the top stack; read as a track"));
            com.fasterxml.jackson.databind.node.ArrayNode one =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            one.add(t);
            layout.children(one, OtioLayout.whole(), path);
        } else {
            if (!kind.equals("Track") && !kind.equals("Sequence")) {
                problems.add(Problem.warning(path, "read as a track: " + OtioValues.schema(t)));
            }
            layout.children(t.get("children"), layout.topWindow(t, path), path);
        }
        shared.markers.addAll(layout.markers);
        String trackKind = OtioValues.text(t, "kind");
        TrackKind k = trackKind.equalsIgnoreCase("Audio") ? TrackKind.AUDIO : TrackKind.VIDEO;
        if (!trackKind.isEmpty()
                && !trackKind.equalsIgnoreCase("Audio")
                && !trackKind.equalsIgnoreCase("Video")) {
            problems.add(Problem.warning(path, "track kind '" + trackKind + "' read as video"));
        }
        boolean enabled = !t.has("enabled") || t.get("enabled").asBoolean(true);
        return new Track(
                k, OtioValues.text(t, "name"), enabled, layout.segments, layout.transitions);
    }

    private static FrameRate rate(JsonNode ours, List<Track> tracks) {
        if (ours.hasNonNull("rate")) {
            try {
                return new FrameRate(
                        Rational.parse(ours.get("rate").asText()),
                        ours.path("dropFrame").asBoolean(false));
            } catch (IllegalArgumentException | ArithmeticException e) {
                // fall back to the clips' rate
            }
        }
        for (TrackKind kind : new TrackKind[] {TrackKind.VIDEO, TrackKind.AUDIO}) {
            for (Track t : tracks) {
                if (t.kind() == kind && !t.segments().isEmpty()) {
                    return FrameRate.of(t.segments().get(0).rate());
                }
            }
        }
        return FrameRate.FPS_24;
    }

    private static Map<String, String> metadata(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    /**
     * Rewrites the bare token {@code Inf} (outside strings), which OpenTimelineIO writes for
     * infinity, as {@code Infinity} so that the JSON parser accepts it.
     */
    static byte[] normaliseInfinity(byte[] in) {
        ByteArrayOutputStream out = null;
        boolean inString = false;
        int copied = 0;
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == 'I'
                    && i + 2 < in.length
                    && in[i + 1] == 'n'
                    && in[i + 2] == 'f'
                    && (i + 3 >= in.length || in[i + 3] != 'i')) {
                if (out == null) {
                    out = new ByteArrayOutputStream(in.length + 16);
                }
                out.write(in, copied, i + 3 - copied);
                out.write(new byte[] {'i', 'n', 'i', 't', 'y'}, 0, 5);
                copied = i + 3;
                i += 2;
            }
        }
        if (out == null) {
            return in;
        }
        out.write(in, copied, in.length - copied);
        return out.toByteArray();
    }
}
