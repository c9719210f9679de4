package org.seqdesk.sequences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.timeline.Sequence;

/**
 * State of one timeline picture: the sequence and its layout, zoom (pixels per frame), horizontal
 * scroll (pixels), the selected segment and the titles of source items seen so far.
 */
public final class TimelineViewModel {
    static final double MAX_PIXELS_PER_FRAME = 64;
    static final double ZOOM_STEP = 1.5;

    private final ItemPreviews previews;
    private final ObjectProperty<Sequence> sequence = new SimpleObjectProperty<>(this, "sequence");
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty pixelsPerFrame = new SimpleDoubleProperty(this, "zoom", 4);
    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX");
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewport");
    private final ReadOnlyObjectWrapper<TimelineLayout.Ref> selected =
            new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper selectedItemId =
            new ReadOnlyStringWrapper(this, "selectedItemId", "");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableList<TimelineLayout.Ref> segments = FXCollections.observableArrayList();
    private final ObservableMap<String, String> titles = FXCollections.observableHashMap();
    private final Set<String> asked = new HashSet<>();

    public TimelineViewModel(ItemPreviews previews) {
        this.previews = previews;
        sequence.addListener((o, old, now) -> rebuild(now));
        viewportWidth.addListener((o, old, now) -> clampScroll());
        selected.addListener((o, old, now) -> describeSelection(now));
    }

    private void rebuild(Sequence now) {
        selected.set(null);
        TimelineLayout built = now == null ? null : TimelineLayout.of(now);
        List<TimelineLayout.Ref> refs = new ArrayList<>();
        if (built != null) {
            for (int l = 0; l < built.lanes().size(); l++) {
                for (int i = 0; i < built.lanes().get(l).size(); i++) {
                    refs.add(new TimelineLayout.Ref(l, i));
                }
            }
        }
        layout.set(built);
        segments.setAll(refs);
        fit();
    }

    public ObjectProperty<Sequence> sequenceProperty() {
        return sequence;
    }

    public void setSequence(Sequence value) {
        sequence.set(value);
    }

    ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    TimelineLayout layout() {
        return layout.get();
    }

    public DoubleProperty pixelsPerFrameProperty() {
        return pixelsPerFrame;
    }

    public DoubleProperty scrollXProperty() {
        return scrollX;
    }

    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    ReadOnlyObjectProperty<TimelineLayout.Ref> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The source item of the selected segment, empty when nothing is selected. */
    public ReadOnlyStringProperty selectedItemIdProperty() {
        return selectedItemId.getReadOnlyProperty();
    }

    /** A sentence describing the selected segment, for people and screen readers. */
    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    /** Every segment, lane by lane, in timeline order: the accessible twin of the picture. */
    ObservableList<TimelineLayout.Ref> segments() {
        return segments;
    }

    ObservableMap<String, String> titles() {
        return titles;
    }

    /** Asks once for the title of a source item; the answer lands in {@link #titles()}. */
    void wantTitle(String itemId) {
        if (itemId.isEmpty() || !asked.add(itemId)) {
            return;
        }
        previews.title(itemId, title -> titles.put(itemId, title));
    }

    /** Number of segments shown. */
    public int segmentCount() {
        return segments.size();
    }

    public double contentWidth() {
        TimelineLayout l = layout.get();
        return l == null ? 0 : l.durationFrames() * pixelsPerFrame.get();
    }

    /** Zooms by {@code factor}, keeping the frame under {@code anchorX} where it is. */
    public void zoom(double factor, double anchorX) {
        double ppf = pixelsPerFrame.get();
        double frame = (scrollX.get() + anchorX) / ppf;
        double next = Math.max(minPixelsPerFrame(), Math.min(MAX_PIXELS_PER_FRAME, ppf * factor));
        pixelsPerFrame.set(next);
        scrollX.set(frame * next - anchorX);
        clampScroll();
    }

    public void zoomIn() {
        zoom(ZOOM_STEP, viewportWidth.get() / 2);
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, viewportWidth.get() / 2);
    }

    /** Shows the whole sequence in the viewport. */
    public void fit() {
        pixelsPerFrame.set(Math.min(MAX_PIXELS_PER_FRAME, minPixelsPerFrame()));
        scrollX.set(0);
    }

    private double minPixelsPerFrame() {
        TimelineLayout l = layout.get();
        double width = viewportWidth.get();
        if (l == null || width <= 0) {
            return 1e-6;
        }
        return width / l.durationFrames();
    }

    public void scrollBy(double dx) {
        scrollX.set(scrollX.get() + dx);
        clampScroll();
    }

    private void clampScroll() {
        if (pixelsPerFrame.get() < minPixelsPerFrame()) {
            pixelsPerFrame.set(minPixelsPerFrame());
        }
        double max = Math.max(0, contentWidth() - viewportWidth.get());
        scrollX.set(Math.max(0, Math.min(max, scrollX.get())));
    }

    void select(TimelineLayout.Ref ref) {
        selected.set(ref);
        if (ref != null) {
            reveal(ref);
        }
    }

    public void clearSelection() {
        selected.set(null);
    }

    /** Moves the selection along its lane; with nothing selected, selects the first segment. */
    public void selectNext(int step) {
        TimelineLayout.Ref now = selected.get();
        if (now == null) {
            selectFirst();
            return;
        }
        int size = layout.get().lanes().get(now.lane()).size();
        int index = Math.max(0, Math.min(size - 1, now.index() + step));
        select(new TimelineLayout.Ref(now.lane(), index));
    }

    /** Moves the selection to the lane above or below, to the segment at the same time. */
    public void selectLane(int step) {
        TimelineLayout.Ref now = selected.get();
        TimelineLayout l = layout.get();
        if (now == null) {
            selectFirst();
            return;
        }
        long frame = l.lanes().get(now.lane()).start(now.index());
        for (int lane = now.lane() + step; lane >= 0 && lane < l.lanes().size(); lane += step) {
            TimelineLayout.TimelineLane target = l.lanes().get(lane);
            if (target.size() > 0) {
                int hit = target.hit(frame);
                int index =
                        hit >= 0
                                ? hit
                                : Math.min(target.size() - 1, target.firstEndingAfter(frame));
                select(new TimelineLayout.Ref(lane, index));
                return;
            }
        }
    }

    public void selectFirst() {
        if (!segments.isEmpty()) {
            select(segments.get(0));
        }
    }

    /** Scrolls so that the segment is in view. */
    void reveal(TimelineLayout.Ref ref) {
        TimelineLayout.TimelineLane lane = layout.get().lanes().get(ref.lane());
        double ppf = pixelsPerFrame.get();
        double left = lane.start(ref.index()) * ppf;
        double right = lane.end(ref.index()) * ppf;
        double width = viewportWidth.get();
        if (left < scrollX.get() || right - left > width) {
            scrollX.set(left - width / 10);
        } else if (right > scrollX.get() + width) {
            scrollX.set(right - width + width / 10);
        }
        clampScroll();
    }

    private void describeSelection(TimelineLayout.Ref ref) {
        if (ref == null) {
            selectedItemId.set("");
            selectedText.set("");
            return;
        }
        selectedItemId.set(layout.get().lanes().get(ref.lane()).segment(ref.index()).item());
        selectedText.set(describe(ref));
    }

    /** The full description of a segment: tooltip and accessible text. */
    String describe(TimelineLayout.Ref ref) {
        return SegmentText.full(layout.get(), ref, titles::get);
    }

    /** A one-line description for the accessible segment list. */
    /** The words a screen reader says for a segment of the list: track, source, both ranges. */
    String describeSpoken(TimelineLayout.Ref ref) {
        return SegmentText.spoken(layout.get(), ref, titles::get);
    }

    String describeShort(TimelineLayout.Ref ref) {
        return SegmentText.line(layout.get(), ref, titles::get);
    }
}
