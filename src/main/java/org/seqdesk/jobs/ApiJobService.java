package org.seqdesk.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.JobApi;
import org.seqdesk.api.SequenceApi;
import org.seqdesk.api.ShapeTagApi;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobListDocument;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobProblemListDocument;
import org.seqdesk.api.doc.KeyValue;
import org.seqdesk.api.doc.SequenceRenderRequestDocument;
import org.seqdesk.api.doc.TranscodePresetDocument;
import org.seqdesk.api.doc.URIListDocument;

/** The jobs screens' ports on a VidiCore server, through the {@code api} Retrofit interfaces. */
public final class ApiJobService implements JobService, RenderService {
    private static final String NEWEST_FIRST = "startTime desc";

    private final JobApi jobs;
    private final SequenceApi sequences;
    private final ShapeTagApi shapeTags;

    public ApiJobService(JobApi jobs, SequenceApi sequences, ShapeTagApi shapeTags) {
        this.jobs = jobs;
        this.sequences = sequences;
        this.shapeTags = shapeTags;
    }

    public static ApiJobService on(VidiCoreClient client) {
        return new ApiJobService(client.jobs(), client.sequences(), client.shapeTags());
    }

    @Override
    public List<JobSnapshot> list(JobQuery query) throws IOException {
        JobListDocument page =
                Calls.execute(
                        jobs.list(
                                query.userOnly(),
                                null,
                                query.types().isEmpty() ? null : String.join(",", query.types()),
                                1,
                                query.number(),
                                NEWEST_FIRST,
                                pairs(query.jobMetadata()),
                                true));
        List<JobSnapshot> out = new ArrayList<>();
        if (page != null) {
            for (JobDocument doc : page.jobs()) {
                out.add(JobDocuments.toSnapshot(doc));
            }
        }
        return out;
    }

    private static List<String> pairs(Map<String, String> map) {
        if (map.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    @Override
    public JobSnapshot get(String jobId) throws IOException {
        return JobDocuments.toSnapshot(Calls.execute(jobs.get(jobId, true)));
    }

    @Override
    public void abort(String jobId, String reason) throws IOException {
        Calls.execute(jobs.abort(jobId, reason == null || reason.isBlank() ? null : reason, null));
    }

    @Override
    public void setPriority(String jobId, JobPriority priority) throws IOException {
        Calls.execute(jobs.setPriority(jobId, priority));
    }

    @Override
    public JobSnapshot rerun(String jobId, JobPriority priority) throws IOException {
        return JobDocuments.toSnapshot(Calls.execute(jobs.rerun(jobId, priority)));
    }

    @Override
    public List<JobProblem> problems(String jobId) throws IOException {
        JobProblemListDocument list = Calls.execute(jobs.problems(jobId));
        List<JobProblem> out = new ArrayList<>();
        if (list != null) {
            for (JobProblemListDocument.Problem p : list.problems()) {
                Map<String, String> data = new java.util.LinkedHashMap<>();
                for (KeyValue kv : p.data()) {
                    data.put(kv.key(), kv.value());
                }
                out.add(new JobProblem(p.id(), p.type(), data));
            }
        }
        return out;
    }

    @Override
    public List<ShapeTagOption> shapeTags() throws IOException {
        URIListDocument names = Calls.execute(shapeTags.list());
        List<ShapeTagOption> out = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names.uris()) {
            out.add(option(name));
        }
        return out;
    }

    private ShapeTagOption option(String name) throws IOException {
        TranscodePresetDocument preset;
        try {
            preset = Calls.execute(shapeTags.preset(name));
        } catch (ApiException.NotFound e) {
            // "original" usually has no preset: it names what was ingested, not a format.
            return new ShapeTagOption(name, null, null, null);
        }
        if (preset == null) {
            return new ShapeTagOption(name, null, null, null);
        }
        return new ShapeTagOption(
                name,
                preset.format(),
                preset.video() == null ? null : preset.video().codec(),
                preset.audio() == null ? null : preset.audio().codec());
    }

    @Override
    public JobSnapshot render(RenderRequest r, Map<String, String> jobMetadata) throws IOException {
        List<String> sourceTags = r.sourceTags().isEmpty() ? null : r.sourceTags();
        JobDocument job;
        if (r.source().isItemRender()) {
            job =
                    Calls.execute(
                            sequences.renderItem(
                                    r.source().itemId(),
                                    r.tags(),
                                    sourceTags,
                                    r.original(),
                                    r.subtitleLanguage(),
                                    r.destinationItem(),
                                    r.resourceId(),
                                    r.priority(),
                                    r.notification(),
                                    r.notificationData(),
                                    pairs(jobMetadata)));
        } else {
            SequenceRenderRequestDocument body =
                    new SequenceRenderRequestDocument(r.source().standalone(), null);
            job =
                    Calls.execute(
                            sequences.render(
                                    body,
                                    r.tags(),
                                    sourceTags,
                                    r.original(),
                                    r.destinationItem(),
                                    r.resourceId(),
                                    r.priority(),
                                    r.notification(),
                                    r.notificationData(),
                                    pairs(jobMetadata)));
        }
        return JobDocuments.toSnapshot(job);
    }

    @Override
    public void conformMetadata(String itemId) throws IOException {
        Calls.execute(sequences.conformMetadata(itemId));
    }
}
