package org.seqdesk.sequences;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.seqdesk.common.Messages;

/** What the marks on the timeline mean, each shown by its pattern and named in words. */
final class TimelineLegend {
    private TimelineLegend() {}

    static FlowPane create() {
        FlowPane legend =
                new FlowPane(
                        12,
                        4,
                        entry("legend-video", "sequences.legend.video"),
                        entry("legend-audio", "sequences.legend.audio"),
                        entry("legend-transition", "sequences.legend.transition"),
                        entry("legend-gap", "sequences.legend.gap"),
                        entry("legend-overlap", "sequences.legend.overlap"),
                        entry("legend-mixed", "sequences.legend.mixedRate"),
                        entry("legend-selected", "sequences.legend.selected"));
        legend.setId("timelineLegend");
        legend.getStyleClass().add("timeline-legend");
        return legend;
    }

    private static Label entry(String styleClass, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", styleClass);
        swatch.setMinSize(22, 14);
        swatch.setPrefSize(22, 14);
        Label label = new Label(Messages.get(key), swatch);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
