package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.ItemPreviews;

class TimelineViewModelTest {
    private final List<String> askedTitles = new ArrayList<>();
    private final TimelineViewModel model =
            new TimelineViewModel(
                    new ItemPreviews() {
                        @Override
                        public void title(String itemId, Consumer<String> ready) {
                            askedTitles.add(itemId);
                            ready.accept("Title of " + itemId);
                        }

                        @Override
                        public void thumbnail(String itemId, Consumer<Image> ready) {}
                    });

    @Test
    void layoutPutsVideoAboveAudioAndFindsGapsOverlapsAndMixedRates() {
        model.setSequence(SampleSequences.marked());

        TimelineLayout layout = model.layout();
        assertThat(layout.lanes())
                .extracting(TimelineLayout.TimelineLane::label)
                .containsExactly("V1", "A1");
        assertThat(layout.segmentCount()).isEqualTo(6);
        // 50..60, and the 29.97 segment starts at 6.006 s, a sixth of a frame after 150
        assertThat(layout.gapCount()).isEqualTo(2);
        assertThat(layout.lanes().get(0).gaps().get(0)).containsExactly(50, 60);
        assertThat(layout.lanes().get(0).gaps().get(1)).containsExactly(150, 150);
        assertThat(layout.overlapCount()).isEqualTo(2);
        assertThat(layout.mixedRateCount()).isEqualTo(1);
        assertThat(model.segmentCount()).isEqualTo(6);
    }

    @Test
    void audioSampleRatesAreNotMixedRates() {
        model.setSequence(SampleSequences.marked());

        TimelineLayout.TimelineLane audio = model.layout().lanes().get(1);
        assertThat(audio.has(0, TimelineLayout.TimelineLane.MIXED_RATE)).isFalse();
        assertThat(audio.start(1)).isEqualTo(50);
    }

    @Test
    void selectingASegmentExposesItsSourceItemAndDescribesItInTimecode() {
        model.setSequence(SampleSequences.marked());

        model.selectFirst();
        model.selectNext(1);

        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-2");
        assertThat(model.selectedTextProperty().get())
                .contains("Source item: VX-2")
                .contains("Source track: 1")
                .contains("Source in 00:00:04:00, out 00:00:06:00")
                .contains("Timeline in 01:00:02:10, out 01:00:04:10")
                .contains("Overlaps another segment");
    }

    @Test
    void mixedRateSegmentIsDescribedInWords() {
        model.setSequence(SampleSequences.marked());

        model.selectFirst();
        model.selectNext(3);

        assertThat(model.selectedTextProperty().get())
                .contains("Mixed rate: counted at 29.97 NDF in a 25 sequence");
    }

    @Test
    void arrowDownMovesToTheAudioSegmentAtTheSameTime() {
        model.setSequence(SampleSequences.marked());
        model.selectFirst();
        model.selectNext(1);

        model.selectLane(1);

        assertThat(model.selectedProperty().get()).isEqualTo(new TimelineLayout.Ref(1, 1));
        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-2");
    }

    @Test
    void zoomKeepsTheFrameUnderThePointerInPlace() {
        model.viewportWidthProperty().set(500);
        model.setSequence(SampleSequences.large(400));
        model.pixelsPerFrameProperty().set(2);
        model.scrollXProperty().set(1000);

        model.zoom(2, 100);

        assertThat(model.pixelsPerFrameProperty().get()).isEqualTo(4);
        assertThat(model.scrollXProperty().get()).isEqualTo(2100);
    }

    @Test
    void fitShowsTheWholeSequenceAndZoomOutStopsThere() {
        model.viewportWidthProperty().set(1000);
        model.setSequence(SampleSequences.large(400));

        model.zoomIn();
        model.fit();
        model.zoomOut();

        assertThat(model.contentWidth()).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.01));
        assertThat(model.scrollXProperty().get()).isZero();
    }

    @Test
    void titlesAreAskedOncePerItemAndUsedInDescriptions() {
        model.setSequence(SampleSequences.marked());

        model.wantTitle("VX-1");
        model.wantTitle("VX-1");
        model.selectFirst();

        assertThat(askedTitles).containsExactly("VX-1");
        assertThat(model.selectedTextProperty().get()).startsWith("Title of VX-1");
    }

    @Test
    void hitTestFindsTheLaterOfTwoOverlappingSegments() {
        model.setSequence(SampleSequences.marked());

        TimelineLayout.TimelineLane video = model.layout().lanes().get(0);

        assertThat(video.hit(105)).isEqualTo(2);
        assertThat(video.hit(55)).isEqualTo(-1);
        assertThat(video.hit(0)).isEqualTo(0);
    }

    @Test
    void visibleRangeOfALargeSequenceIsFoundBySearch() {
        model.setSequence(SampleSequences.large(10_000));

        TimelineLayout.TimelineLane lane = model.layout().lanes().get(0);
        int first = lane.firstEndingAfter(50_000);
        int end = lane.endStartingBefore(51_000);

        assertThat(end - first).isBetween(5, 60);
        assertThat(lane.end(first)).isGreaterThan(50_000);
        assertThat(lane.start(end - 1)).isLessThan(51_000);
    }
}
