package org.seqdesk.sequences;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;

/**
 * The drawing surface of the timeline. Its colours are CSS properties ({@code -sd-video-fill} and
 * so on, set in {@code seqdesk.css}); it redraws at most once per pulse, and only what is visible.
 */
final class TimelineCanvas extends Region {
    private static final StyleablePropertyFactory<TimelineCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final Map<String, StyleableObjectProperty<Paint>> paints = new HashMap<>();

    private final StyleableObjectProperty<Paint> background = paint("background", "#1f2328");
    private final StyleableObjectProperty<Paint> laneFill = paint("lane-fill", "#2a2f36");
    private final StyleableObjectProperty<Paint> laneAltFill = paint("lane-alt-fill", "#262a30");
    private final StyleableObjectProperty<Paint> text = paint("text", "#e6e6e6");
    private final StyleableObjectProperty<Paint> videoFill = paint("video-fill", "#3d6da8");
    private final StyleableObjectProperty<Paint> audioFill = paint("audio-fill", "#3f8a5f");
    private final StyleableObjectProperty<Paint> stroke = paint("segment-stroke", "#10141a");
    private final StyleableObjectProperty<Paint> segmentText = paint("segment-text", "#ffffff");
    private final StyleableObjectProperty<Paint> selection = paint("selection", "#ffd24a");
    private final StyleableObjectProperty<Paint> transition = paint("transition-fill", "#c9c9c9");
    private final StyleableObjectProperty<Paint> mark = paint("mark", "#ff9f43");

    /** The window's font, inherited from the root, whose size the text-size choice sets. */
    private final StyleableObjectProperty<Font> font =
            (StyleableObjectProperty<Font>)
                    CSS.createStyleableFontProperty(
                            this, "font", "-fx-font", c -> c.font, Font.getDefault(), true);

    private final TimelineViewModel model;
    private final ItemPreviews previews;
    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter();
    private final DoubleProperty scrollY = new SimpleDoubleProperty();
    private final Map<String, Image> thumbnails = new HashMap<>();
    private final Set<String> askedThumbnails = new HashSet<>();
    private final Tooltip tooltip = new Tooltip();
    private TimelineLayout.Ref hovered;
    private boolean dirty = true;

    TimelineCanvas(TimelineViewModel model, ItemPreviews previews) {
        this.model = model;
        this.previews = previews;
        getStyleClass().add("timeline-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        // The picture itself has no parts a screen reader can walk: it speaks the selected
        // segment, and the segment list beside it holds every one.
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(Messages.get("sequences.timeline.role"));
        setAccessibleHelp(Messages.get("sequences.timeline.help"));
        setAccessibleText(Messages.get("sequences.timeline.canvas"));
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        redrawOn();
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(model)::handle);
    }

    private StyleableObjectProperty<Paint> paint(String name, String fallback) {
        // The factory always builds an object property; its signature names only the interface.
        StyleableObjectProperty<Paint> property =
                (StyleableObjectProperty<Paint>)
                        CSS.createStyleablePaintProperty(
                                this,
                                name,
                                "-sd-" + name,
                                c -> c.paints.get(name),
                                Color.web(fallback));
        paints.put(name, property);
        return property;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    private void redrawOn() {
        for (var p :
                List.of(background, laneFill, laneAltFill, text, videoFill, audioFill, stroke)) {
            p.addListener(o -> redraw());
        }
        for (var p : List.of(segmentText, selection, transition, mark)) {
            p.addListener(o -> redraw());
        }
        model.layoutProperty().addListener(o -> layoutChanged());
        model.pixelsPerFrameProperty().addListener(o -> redraw());
        model.scrollXProperty().addListener(o -> redraw());
        model.selectedProperty().addListener(o -> selectionChanged());
        model.titles()
                .addListener((javafx.collections.MapChangeListener<String, String>) c -> redraw());
        scrollY.addListener(o -> redraw());
        font.addListener(o -> fontChanged());
    }

    private void fontChanged() {
        painter.setFontSize(font.get().getSize(), Font.getDefault().getSize());
        model.viewportWidthProperty().set(Math.max(0, getWidth() - painter.labels()));
        scrollY.set(Math.max(0, Math.min(maxScrollY(), scrollY.get())));
        redraw();
    }

    /** The painter, for tests that check the sizes it draws at. */
    TimelinePainter painter() {
        return painter;
    }

    private void layoutChanged() {
        scrollY.set(0);
        hovered = null;
        Tooltip.uninstall(this, tooltip);
        redraw();
    }

    private void selectionChanged() {
        String selected = model.selectedTextProperty().get();
        setAccessibleText(
                selected == null || selected.isBlank()
                        ? Messages.get("sequences.timeline.canvas")
                        : Messages.get("sequences.timeline.canvas.selected", selected));
        revealLane(model.selectedProperty().get());
        redraw();
    }

    DoubleProperty scrollYProperty() {
        return scrollY;
    }

    double maxScrollY() {
        TimelineLayout layout = model.layout();
        return layout == null ? 0 : Math.max(0, painter.contentHeight(layout) - getHeight());
    }

    void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            model.viewportWidthProperty().set(Math.max(0, w - painter.labels()));
            scrollY.set(Math.max(0, Math.min(maxScrollY(), scrollY.get())));
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /** Paints now; public to the package so a benchmark can time the first frame. */
    void draw() {
        TimelinePainter.Frame frame =
                new TimelinePainter.Frame(
                        model.layout(),
                        canvas.getWidth(),
                        canvas.getHeight(),
                        model.pixelsPerFrameProperty().get(),
                        model.scrollXProperty().get(),
                        scrollY.get(),
                        model.selectedProperty().get(),
                        this::titleOf,
                        this::thumbnailOf);
        painter.paint(canvas.getGraphicsContext2D(), frame, palette());
    }

    private TimelinePainter.Palette palette() {
        return new TimelinePainter.Palette(
                background.get(),
                laneFill.get(),
                laneAltFill.get(),
                text.get(),
                videoFill.get(),
                audioFill.get(),
                stroke.get(),
                segmentText.get(),
                selection.get(),
                transition.get(),
                mark.get());
    }

    private String titleOf(String itemId) {
        model.wantTitle(itemId);
        return model.titles().get(itemId);
    }

    private Image thumbnailOf(String itemId) {
        if (!itemId.isEmpty() && askedThumbnails.add(itemId)) {
            previews.thumbnail(
                    itemId,
                    image -> {
                        thumbnails.put(itemId, image);
                        redraw();
                    });
        }
        return thumbnails.get(itemId);
    }

    /** The segment under a point of this region, or null. */
    TimelineLayout.Ref refAt(double x, double y) {
        TimelineLayout layout = model.layout();
        if (layout == null || x < painter.labels() || y < painter.ruler()) {
            return null;
        }
        double top = painter.ruler() - scrollY.get();
        for (int l = 0; l < layout.lanes().size(); l++) {
            TimelineLayout.TimelineLane lane = layout.lanes().get(l);
            double h = painter.laneHeight(lane);
            if (y >= top && y < top + h) {
                double px = x - painter.labels() + model.scrollXProperty().get();
                long frame = (long) Math.floor(px / model.pixelsPerFrameProperty().get());
                int hit = lane.hit(frame);
                return hit < 0 ? null : new TimelineLayout.Ref(l, hit);
            }
            top += h;
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        TimelineLayout.Ref ref = refAt(e.getX(), e.getY());
        if (ref == null) {
            model.clearSelection();
        } else {
            model.select(ref);
        }
    }

    private void moved(MouseEvent e) {
        TimelineLayout.Ref ref = refAt(e.getX(), e.getY());
        if (ref == null ? hovered == null : ref.equals(hovered)) {
            return;
        }
        hovered = ref;
        if (ref == null) {
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(model.describe(ref));
            Tooltip.install(this, tooltip);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            double factor =
                    e.getDeltaY() > 0
                            ? TimelineViewModel.ZOOM_STEP
                            : 1 / TimelineViewModel.ZOOM_STEP;
            model.zoom(factor, Math.max(0, e.getX() - painter.labels()));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            model.scrollBy(-d);
        } else {
            scrollY.set(Math.max(0, Math.min(maxScrollY(), scrollY.get() - e.getDeltaY())));
        }
        e.consume();
    }

    private void revealLane(TimelineLayout.Ref ref) {
        TimelineLayout layout = model.layout();
        if (ref == null || layout == null) {
            return;
        }
        double top = 0;
        for (int l = 0; l < ref.lane(); l++) {
            top += painter.laneHeight(layout.lanes().get(l));
        }
        double h = painter.laneHeight(layout.lanes().get(ref.lane()));
        double visible = getHeight() - painter.ruler();
        if (top < scrollY.get()) {
            scrollY.set(top);
        } else if (top + h > scrollY.get() + visible) {
            scrollY.set(Math.min(maxScrollY(), top + h - visible));
        }
    }
}
