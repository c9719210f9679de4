package org.seqdesk.jobs;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of one server's renders, kept in step with the server: written before a render is
 * submitted and when the server answers, updated on every state change the tracker reports, and
 * replayed into the tracker at start so that jobs are shown again and re-attached to their current
 * state.
 */
public final class JobHistory {
    private static final Logger LOG = LoggerFactory.getLogger(JobHistory.class);

    private final JobHistoryStore store;
    private final String server;
    private final TaskRunner runner;
    private final Clock clock;

    public JobHistory(JobHistoryStore store, String server, TaskRunner runner, Clock clock) {
        this.store = store;
        this.server = server;
        this.runner = runner;
        this.clock = clock;
    }

    public String server() {
        return server;
    }

    /** Writes a pending record before the request goes out. Blocking. */
    public JobRecord beforeSubmit(
            String itemId, String format, String title, List<String> tags, JobPriority priority)
            throws IOException {
        JobRecord pending =
                new JobRecord(
                        UUID.randomUUID().toString(),
                        server,
                        null,
                        itemId,
                        format,
                        title,
                        tags,
                        priority,
                        clock.instant(),
                        JobState.UNKNOWN,
                        null,
                        null,
                        null,
                        null);
        store.put(pending);
        return pending;
    }

    /** Records the job id the server answered with. Blocking. */
    public JobRecord afterSubmit(JobRecord pending, JobSnapshot job) throws IOException {
        JobRecord submitted = pending.updatedFrom(job);
        store.put(submitted);
        return submitted;
    }

    /** Forgets a request the server refused, so it never shows as a render. Blocking. */
    public void refused(JobRecord pending) throws IOException {
        store.remove(pending.requestId());
    }

    /** Records a re-run of {@code original} as a render of its own. Blocking. */
    public JobRecord rerun(JobSnapshot original, JobSnapshot copy) throws IOException {
        JobRecord source = store.byJob(server, original.id()).orElse(null);
        String title = source != null ? source.title() : null;
        JobRecord record =
                new JobRecord(
                        UUID.randomUUID().toString(),
                        server,
                        copy.id(),
                        source != null ? source.itemId() : original.sourceItem(),
                        source != null ? source.sequenceFormat() : null,
                        title,
                        source != null ? source.tags() : List.of(),
                        copy.priority(),
                        clock.instant(),
                        copy.state(),
                        copy.started(),
                        null,
                        null,
                        null);
        store.put(record);
        return record;
    }

    /** The title the user knows a job by, if it is in the history. Blocking. */
    public String titleOf(String jobId) {
        return store.byJob(server, jobId).map(JobRecord::title).orElse(null);
    }

    /**
     * Keeps the record of a tracked job up to date. Call on the UI thread; writes in background.
     */
    public void onEvent(JobEvent event) {
        JobSnapshot job = event.current();
        runner.run(
                () -> {
                    store.byJob(server, job.id()).map(r -> r.updatedFrom(job)).ifPresent(this::put);
                    return null;
                },
                done -> {},
                e -> LOG.warn("Could not update the job history for {}", job.id(), e));
    }

    private void put(JobRecord record) {
        try {
            store.put(record);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Loads this server's records, finds the jobs of requests whose answer never arrived (by their
     * request id, which every render carries as job metadata), and hands the records to the
     * tracker. Blocking parts run in the background; {@code tracker.track} on the UI executor.
     */
    public void reattach(JobTracker tracker, JobService service) {
        runner.run(
                () -> resolve(service),
                records -> {
                    for (int i = records.size() - 1; i >= 0; i--) {
                        JobRecord r = records.get(i);
                        tracker.track(r.toSnapshot(), r.title());
                    }
                },
                e -> LOG.warn("Could not load the job history", e));
    }

    private List<JobRecord> resolve(JobService service) {
        List<JobRecord> shown = new ArrayList<>();
        for (JobRecord record : store.forServer(server)) {
            JobRecord r = record;
            if (record.isPending()) {
                try {
                    r = findLost(service, record);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not look for the job of request {}", record.requestId(), e);
                }
            }
            if (r != null && !r.isPending()) {
                shown.add(r);
            }
        }
        return shown;
    }

    private JobRecord findLost(JobService service, JobRecord pending) throws IOException {
        JobQuery query =
                new JobQuery(
                        true, List.of(), Map.of(JobSnapshot.REQUEST_ID, pending.requestId()), 1);
        List<JobSnapshot> found = service.list(query);
        List<JobSnapshot> matching =
                found.stream()
                        .filter(j -> pending.requestId().equals(j.value(JobSnapshot.REQUEST_ID)))
                        .toList();
        if (matching.isEmpty()) {
            LOG.info(
                    "Render request {} never reached the server; dropping it", pending.requestId());
            store.remove(pending.requestId());
            return null;
        }
        JobRecord recovered = pending.updatedFrom(matching.get(0));
        store.put(recovered);
        return recovered;
    }
}
