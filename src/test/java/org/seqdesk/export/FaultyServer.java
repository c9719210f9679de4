package org.seqdesk.export;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.VidispineFormat;

/**
 * A server that answers the dialog's preparation like VidiCore but sends the export slowly ({@link
 * #slow}) or breaks off in the middle ({@link #breaking}): faults a real server cannot be made to
 * produce on demand.
 */
final class FaultyServer implements AutoCloseable {
    static final String ITEM = "VX-9";
    private static final int EXPORT_BYTES = 192 * 1024;

    private final MockWebServer server = new MockWebServer();

    private FaultyServer(boolean breakOff) throws IOException {
        server.setDispatcher(new Answers(breakOff));
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    /** Sends the export at about 64 KiB a second. */
    static FaultyServer slow() throws IOException {
        return new FaultyServer(false);
    }

    /** Closes the connection part way through the export. */
    static FaultyServer breaking() throws IOException {
        return new FaultyServer(true);
    }

    String url() {
        return server.url("/API/").toString();
    }

    static Sequence sequence() {
        TimeBase pal = TimeBase.PAL;
        Segment cut =
                Segment.cut(
                        "VX-1",
                        1,
                        TimeCode.zero(pal),
                        TimeCode.of(50, pal),
                        TimeCode.of(10, pal),
                        TimeCode.of(60, pal));
        return new Sequence(
                "VX-9",
                "",
                FrameRate.FPS_25,
                null,
                List.of(Track.of(TrackKind.VIDEO, List.of(cut))),
                null,
                null);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    private static final class Answers extends Dispatcher {
        private final boolean breakOff;

        Answers(boolean breakOff) {
            this.breakOff = breakOff;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getRequestUrl().encodedPath();
            if (path.equals("/API/shape-tag")) {
                return json("{\"uri\":[\"original\",\"lowres\"]}");
            }
            if (path.equals("/API/storage")) {
                return json("{\"storage\":[{\"id\":\"VX-1\",\"state\":\"READY\"}]}");
            }
            if (path.equals("/API/item/" + ITEM + "/sequence/vidispine")) {
                return new MockResponse()
                        .setHeader("Content-Type", "application/xml")
                        .setBody(VidispineFormat.writeXml(sequence()).text());
            }
            if (path.equals("/API/item/" + ITEM + "/sequence/export")
                    && request.getMethod().equals("GET")) {
                return export();
            }
            return json("{\"problem\":[],\"mappings\":{}}");
        }

        private MockResponse export() {
            Buffer body = new Buffer();
            body.writeUtf8("<?xml version=\"1.0\"?>\n<xmeml version=\"5\">\n");
            while (body.size() < EXPORT_BYTES) {
                body.writeUtf8("<!-- padding to make the download take a while -->\n");
            }
            MockResponse r =
                    new MockResponse().setHeader("Content-Type", "application/xml").setBody(body);
            if (breakOff) {
                return r.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
            }
            return r.throttleBody(16 * 1024, 250, TimeUnit.MILLISECONDS);
        }

        private static MockResponse json(String body) {
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
        }
    }
}
