package org.seqdesk.sandbox.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobProblemListDocument;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.api.doc.KeyValue;
import org.seqdesk.sandbox.jobs.JobProblem;
import org.seqdesk.sandbox.jobs.JobRow;
import org.seqdesk.sandbox.jobs.JobTask;
import org.seqdesk.sandbox.store.SiteIds;

/** Jobs and job problems as documents. */
final class JobViews {
    private JobViews() {}

    static JobDocument document(JobRow job, boolean withLog) {
        List<KeyValue> data = new ArrayList<>();
        for (Map.Entry<String, String> e : job.data().entrySet()) {
            data.add(new KeyValue(e.getKey(), e.getValue()));
        }
        JobDocument.Step step =
                job.currentStep() > 0
                        ? new JobDocument.Step(
                                job.stepDescription(), job.currentStep(), job.stepStatus())
                        : null;
        JobDocument.Waiting waiting =
                job.status() == JobState.WAITING
                        ? new JobDocument.Waiting(
                                job.data().getOrDefault("item", ""), "item", "shape")
                        : null;
        return new JobDocument(
                job.siteId(),
                job.owner(),
                time(job.started() != null ? job.started() : job.created()),
                job.status(),
                job.type(),
                null,
                job.priority(),
                waiting,
                step,
                data,
                job.totalSteps(),
                withLog ? log(job) : null,
                time(job.finished()));
    }

    private static JobDocument.Log log(JobRow job) {
        List<JobDocument.Task> tasks = new ArrayList<>();
        for (JobTask t : job.log()) {
            JobDocument.Progress progress =
                    t.progress() == null
                            ? null
                            : new JobDocument.Progress(t.progress(), 100L, "percent");
            tasks.add(
                    new JobDocument.Task(
                            job.siteId() + "-" + t.step(),
                            t.step(),
                            1,
                            t.status(),
                            time(t.updated()),
                            t.description(),
                            progress,
                            null,
                            t.errorMessage(),
                            null));
        }
        return new JobDocument.Log(tasks);
    }

    private static OffsetDateTime time(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static JobProblemListDocument problems(List<JobProblem> problems) {
        List<JobProblemListDocument.Problem> out = new ArrayList<>();
        for (JobProblem p : problems) {
            List<KeyValue> data = new ArrayList<>();
            for (Map.Entry<String, String> e : p.data().entrySet()) {
                data.add(new KeyValue(e.getKey(), e.getValue()));
            }
            out.add(
                    new JobProblemListDocument.Problem(
                            SiteIds.format(p.id()),
                            p.type(),
                            data,
                            List.of(SiteIds.format(p.jobId()))));
        }
        return new JobProblemListDocument(out);
    }
}
