package org.seqdesk.export;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.seqdesk.common.Messages;

/** Draws a {@link DryRunReport}: a heading per problem type, a line per asset below it. */
final class DryRunReportView extends VBox {

    DryRunReportView() {
        super(4);
        setId("reportPane");
        getStyleClass().add("export-report");
        setVisible(false);
        setManaged(false);
    }

    void show(DryRunReport report) {
        getChildren().clear();
        boolean any = report != null && !report.isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        Label title = new Label(Messages.get("export.report.title", report.size()));
        title.getStyleClass().add("export-report-title");
        getChildren().add(title);
        for (Map.Entry<String, List<DryRunReport.Entry>> group : report.groups().entrySet()) {
            Label heading =
                    new Label(
                            Messages.get(
                                    "export.report.group",
                                    typeName(group.getKey()),
                                    group.getValue().size()));
            heading.getStyleClass().add("report-group");
            heading.getStyleClass().add("export-report-heading");
            getChildren().add(heading);
            for (DryRunReport.Entry e : group.getValue()) {
                Label line = new Label("• " + entryText(e));
                line.setWrapText(true);
                line.getStyleClass().add("report-entry");
                getChildren().add(line);
            }
        }
    }

    static String entryText(DryRunReport.Entry e) {
        String segments =
                e.segments().isEmpty()
                        ? Messages.get("export.report.noSegments")
                        : Messages.get("export.report.segments", String.join(", ", e.segments()));
        String asset = e.asset().isEmpty() ? Messages.get("export.report.noAsset") : e.asset();
        return Messages.get("export.report.entry", asset, e.message(), segments);
    }

    /** A readable name for a problem type; unknown types are shown as the server sent them. */
    static String typeName(String type) {
        String key = "export.problem." + type;
        String text = Messages.get(key);
        return text.equals("!" + key + "!") ? type : text;
    }
}
