package org.seqdesk.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes OpenTimelineIO JSON: a Timeline.1 holding a Stack.1 of Track.1, with Clip.2, Gap.1,
 * Transition.1 and Marker.2. What OpenTimelineIO has no field for (VidiCore item id, source track,
 * effect parameters, the exact frame rate) goes into {@code metadata.seqdesk}, which {@link
 * OtioReader} reads back.
 */
public final class OtioWriter implements SequenceWriter {

    @Override
    public WriteResult write(Sequence sequence) {
        List<Problem> losses = new ArrayList<>();
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(4096 + sequence.segmentCount() * 1500);
        try (JsonGenerator g = VidispineJsonWriter.FACTORY.createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            OtioJson json = new OtioJson(g, losses);
            g.writeStartObject();
            g.writeStringField("OTIO_SCHEMA", "Timeline.1");
            timelineMetadata(g, sequence);
            g.writeStringField("name", sequence.title());
            g.writeFieldName("global_start_time");
            json.time(sequence.start());
            g.writeObjectFieldStart("tracks");
            g.writeStringField("OTIO_SCHEMA", "Stack.1");
            g.writeObjectFieldStart("metadata");
            g.writeEndObject();
            g.writeStringField("name", "tracks");
            g.writeNullField("source_range");
            g.writeArrayFieldStart("effects");
            g.writeEndArray();
            g.writeArrayFieldStart("markers");
            for (Marker m : sequence.markers()) {
                json.marker(m);
            }
            g.writeEndArray();
            g.writeBooleanField("enabled", true);
            g.writeArrayFieldStart("children");
            int n = 0;
            for (Track t : sequence.tracks()) {
                new OtioTrackWriter(json, losses, "track " + (++n)).write(t);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WriteResult(bytes.toByteArray(), losses);
    }

    private static void timelineMetadata(JsonGenerator g, Sequence s) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeObjectFieldStart("seqdesk");
        g.writeStringField("id", s.id());
        g.writeStringField("rate", s.rate().fps().toString());
        g.writeBooleanField("dropFrame", s.rate().dropFrame());
        g.writeObjectFieldStart("metadata");
        for (Map.Entry<String, String> e : s.metadata().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }
}
