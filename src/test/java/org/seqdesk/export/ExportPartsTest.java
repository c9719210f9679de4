package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.Auth;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;

class ExportPartsTest {
    private static final HttpUrl URL =
            HttpUrl.get("http://127.0.0.1:8080/API/sequence/export?type=finalcut");

    @Test
    void curlQuotesBodiesAndKeepsTokensOut() {
        Request request =
                new Request.Builder()
                        .url(URL)
                        .post(
                                RequestBody.create(
                                        "{\"name\":\"Anna's cut\"}",
                                        MediaType.get("application/json")))
                        .header("Authorization", "token secret-token")
                        .build();

        String curl = CurlCommand.of(request, new Auth.Token("secret-token"), null);

        assertThat(curl)
                .contains("-H \"Authorization: token $VIDICORE_TOKEN\"")
                .contains("'{\"name\":\"Anna'\\''s cut\"}'")
                .doesNotContain("secret-token")
                .endsWith("'" + URL + "'");
    }

    @Test
    void mappingLinesRoundTripAndBadLinesAreNamed() {
        List<PathMapping> read = PathMapping.parseLines("VX-1=/Volumes/media\n\n VX-2 = C:/a=b \n");

        assertThat(read)
                .containsExactly(
                        new PathMapping("VX-1", "/Volumes/media"),
                        new PathMapping("VX-2", "C:/a=b"));
        assertThat(PathMapping.parseLines(PathMapping.toLines(read))).isEqualTo(read);
        assertThatThrownBy(() -> PathMapping.parseLines("VX-1=/ok\nVX-2")).hasMessage("VX-2");
    }

    @Test
    void readBackNamesTheSegmentThatMovedInPlainWords() {
        Sequence original = FaultyServer.sequence();
        Segment cut = original.tracks().get(0).segments().get(0);
        Segment moved =
                cut.withTimeline(cut.timelineIn().plusSamples(1), cut.timelineOut().plusSamples(1));
        Sequence shifted =
                new Sequence(
                        "",
                        "",
                        original.rate(),
                        null,
                        List.of(Track.of(TrackKind.VIDEO, List.of(moved))),
                        null,
                        null);

        assertThat(ReadBackCheck.differences(original, original)).isEmpty();
        assertThat(ReadBackCheck.differences(original, shifted))
                .singleElement()
                .asString()
                .startsWith("V1 #1 sits at ")
                .contains("in the file")
                .contains("in the sequence");
    }

    @Test
    void readBackComparesTimesExactlyAcrossTimeBases() {
        Sequence original = FaultyServer.sequence();
        Segment cut = original.tracks().get(0).segments().get(0);
        Segment inSeconds =
                Segment.cut(
                        cut.item(),
                        1,
                        TimeCode.parse("0"),
                        TimeCode.parse("2"),
                        cut.sourceIn().exactlyIn(org.seqdesk.timeline.TimeBase.AUDIO_48K),
                        cut.sourceOut());
        Sequence other =
                new Sequence(
                        "",
                        "",
                        original.rate(),
                        null,
                        List.of(Track.of(TrackKind.VIDEO, List.of(inSeconds))),
                        null,
                        null);

        assertThat(ReadBackCheck.differences(original, other)).isEmpty();
    }
}
