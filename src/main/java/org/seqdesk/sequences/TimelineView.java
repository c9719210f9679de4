package org.seqdesk.sequences;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;

/**
 * A sequence as a picture: video tracks above audio, boxes for segments, transitions across cuts, a
 * timecode ruler, zoom and scroll, and beside it the same segments as a list that screen readers
 * can walk. Both share one selection.
 */
public final class TimelineView extends BorderPane {
    static final String STYLESHEET = "/org/seqdesk/app/seqdesk.css";

    private final TimelineViewModel model;
    private final TimelineCanvas canvas;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final ListView<TimelineLayout.Ref> list = new ListView<>();
    private final Label rate = new Label();
    private final Label summary = new Label();
    private boolean syncing;

    public TimelineView(TimelineViewModel model, ItemPreviews previews) {
        this.model = model;
        this.canvas = new TimelineCanvas(model, previews);
        getStyleClass().add("timeline-view");
        getStylesheets()
                .add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        canvas.setId("timelineCanvas");
        setTop(toolbar());
        SplitPane split = new SplitPane(picture(), segmentList());
        split.setDividerPositions(0.74);
        setCenter(split);
        setBottom(TimelineLegend.create());
        model.layoutProperty().addListener(o -> layoutChanged());
        model.titles()
                .addListener(
                        (javafx.collections.MapChangeListener<String, String>) c -> list.refresh());
        layoutChanged();
    }

    public TimelineViewModel model() {
        return model;
    }

    private VBox toolbar() {
        rate.setId("timelineRate");
        rate.getStyleClass().add("timeline-rate");
        rate.setMinWidth(Region.USE_PREF_SIZE);
        summary.setId("timelineSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("timeline-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar =
                new HBox(
                        8,
                        rate,
                        spacer,
                        button(
                                "zoomOut",
                                AppIcon.ZOOM_OUT,
                                "sequences.timeline.zoomOut",
                                "sequences.timeline.zoomOut.tip",
                                model::zoomOut),
                        button(
                                "zoomIn",
                                AppIcon.ZOOM_IN,
                                "sequences.timeline.zoomIn",
                                "sequences.timeline.zoomIn.tip",
                                model::zoomIn),
                        button(
                                "zoomFit",
                                AppIcon.ZOOM_FIT,
                                "sequences.timeline.fit",
                                "sequences.timeline.fit.tip",
                                model::fit));
        VBox top = new VBox(2, bar, summary);
        top.getStyleClass().add("timeline-toolbar");
        return top;
    }

    /** An icon-only button named by {@code nameKey}, its tooltip from {@code tipKey}. */
    private static Button button(
            String id, AppIcon icon, String nameKey, String tipKey, Runnable action) {
        Button b = new Button(Messages.get(nameKey));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        Icons.only(b, icon);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private GridPane picture() {
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setId("timelineHScroll");
        GridPane grid = new GridPane();
        grid.add(canvas, 0, 0);
        grid.add(vertical, 1, 0);
        grid.add(horizontal, 0, 1);
        GridPane.setHgrow(canvas, Priority.ALWAYS);
        GridPane.setVgrow(canvas, Priority.ALWAYS);
        // TODO(#11): at 150 % text and above, in German, the summary and the legend take three
        // lines each and leave the picture room for one lane on an 800-pixel-high screen; the
        // legend could fold away or move behind a help button.
        canvas.setMinSize(100, 60);
        canvas.setPrefSize(600, 240);
        model.scrollXProperty().addListener(o -> syncBars());
        model.pixelsPerFrameProperty().addListener(o -> syncBars());
        model.viewportWidthProperty().addListener(o -> syncBars());
        canvas.heightProperty().addListener(o -> syncBars());
        canvas.scrollYProperty().addListener(o -> syncBars());
        horizontal.valueProperty().addListener(o -> scrolledByBar());
        vertical.valueProperty().addListener(o -> scrolledByBar());
        return grid;
    }

    private void syncBars() {
        syncing = true;
        try {
            double view = model.viewportWidthProperty().get();
            horizontal.setMax(Math.max(0, model.contentWidth() - view));
            horizontal.setVisibleAmount(Math.max(1, view));
            horizontal.setUnitIncrement(Math.max(1, view / 20));
            horizontal.setBlockIncrement(Math.max(1, view * 0.8));
            horizontal.setValue(model.scrollXProperty().get());
            vertical.setMax(canvas.maxScrollY());
            vertical.setVisibleAmount(Math.max(1, canvas.getHeight()));
            vertical.setValue(canvas.scrollYProperty().get());
            vertical.setVisible(canvas.maxScrollY() > 0);
        } finally {
            syncing = false;
        }
    }

    private void scrolledByBar() {
        if (!syncing) {
            model.scrollXProperty().set(horizontal.getValue());
            canvas.scrollYProperty().set(vertical.getValue());
        }
    }

    private ListView<TimelineLayout.Ref> segmentList() {
        list.setId("timelineSegments");
        list.setItems(model.segments());
        list.setAccessibleText(Messages.get("sequences.timeline.list"));
        // the canvas says in its centre that nothing is open; the list need not say it again
        list.setPlaceholder(new Label());
        list.setCellFactory(
                v ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(TimelineLayout.Ref ref, boolean empty) {
                                super.updateItem(ref, empty);
                                setText(empty || ref == null ? null : model.describeShort(ref));
                                setAccessibleText(
                                        empty || ref == null ? null : model.describeSpoken(ref));
                            }
                        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, old, now) -> {
                            if (now != null && !now.equals(model.selectedProperty().get())) {
                                model.select(now);
                            }
                        });
        model.selectedProperty()
                .addListener(
                        (o, old, now) -> {
                            if (now == null) {
                                list.getSelectionModel().clearSelection();
                            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                                list.getSelectionModel().select(now);
                                list.scrollTo(now);
                            }
                        });
        return list;
    }

    private void layoutChanged() {
        TimelineLayout layout = model.layout();
        rate.setText(layout == null ? "" : SegmentText.rateLabel(layout.rate()));
        summary.setText(layout == null ? "" : SegmentText.summary(layout));
        summary.setVisible(layout != null);
        summary.setManaged(layout != null);
        syncBars();
    }

    /** The canvas, for tests and benchmarks. */
    TimelineCanvas canvas() {
        return canvas;
    }
}
