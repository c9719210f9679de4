package org.seqdesk.jobs;

import java.util.Optional;
import org.seqdesk.common.Messages;

/**
 * A desktop notification about a job: a title, the reason in plain words, and how serious it is.
 */
public record JobAlert(Severity severity, String title, String text, String jobId) {

    /** How the notification looks. */
    public enum Severity {
        INFORMATION,
        WARNING,
        ERROR
    }

    /**
     * The alert for an event, if the event is one a person wants to hear about: a job that
     * finished, failed or started waiting. Starts and aborts the user asked for stay quiet.
     */
    public static Optional<JobAlert> of(JobEvent event, String title) {
        JobSnapshot job = event.current();
        String name = JobTexts.label(job, title);
        String reason = JobTexts.reason(job);
        switch (event.kind()) {
            case FINISHED:
                return Optional.of(alert(Severity.INFORMATION, "finished", name, reason, job));
            case FINISHED_WITH_WARNINGS:
                return Optional.of(alert(Severity.WARNING, "finishedWarning", name, reason, job));
            case FAILED:
                return Optional.of(alert(Severity.ERROR, "failed", name, reason, job));
            case WAITING:
                return Optional.of(alert(Severity.WARNING, "waiting", name, reason, job));
            default:
                return Optional.empty();
        }
    }

    private static JobAlert alert(
            Severity severity, String key, String name, String reason, JobSnapshot job) {
        return new JobAlert(severity, Messages.get("jobs.alert." + key, name), reason, job.id());
    }
}
