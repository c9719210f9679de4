package org.seqdesk.jobs;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows job alerts as ControlsFX notifications in the corner of the main window. */
public final class DesktopJobNotifier implements JobNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopJobNotifier.class);

    private final Window owner;

    public DesktopJobNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(JobAlert alert) {
        LOG.info("Job {}: {} {}", alert.jobId(), alert.title(), alert.text());
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n =
                Notifications.create()
                        .owner(owner)
                        .title(alert.title())
                        .text(JobTexts.wrap(alert.text(), 60))
                        .position(Pos.BOTTOM_RIGHT)
                        .hideAfter(
                                Duration.seconds(
                                        alert.severity() == JobAlert.Severity.ERROR ? 15 : 6));
        switch (alert.severity()) {
            case ERROR:
                n.showError();
                break;
            case WARNING:
                n.showWarning();
                break;
            default:
                n.showInformation();
        }
    }
}
