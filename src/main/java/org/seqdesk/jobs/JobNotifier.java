package org.seqdesk.jobs;

/** Shows a {@link JobAlert} to the user. */
@FunctionalInterface
public interface JobNotifier {
    void show(JobAlert alert);
}
