package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobListDocument;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Roles;
import org.seqdesk.sandbox.jobs.JobFilter;
import org.seqdesk.sandbox.jobs.JobRow;
import org.seqdesk.sandbox.jobs.RenderWorker;
import org.seqdesk.sandbox.store.SiteIds;

/** {@code /job}: list, one job, abort, priority, re-run, delete, problems, job types. */
final class JobRoutes {
    private final Services services;

    JobRoutes(Services services) {
        this.services = services;
    }

    void register(Javalin app) {
        app.get("/API/job", this::list);
        app.delete("/API/job", this::deleteJobs);
        app.post("/API/job", this::create);
        app.get("/API/job/problem", ctx -> problems(ctx, null));
        app.get("/API/jobtype", ctx -> Responses.sendUris(ctx, List.of(RenderWorker.TYPE)));
        app.get("/API/job/{id}", this::get);
        app.put("/API/job/{id}", this::changePriority);
        app.delete("/API/job/{id}", this::abort);
        app.post("/API/job/{id}/re-run", this::rerun);
        app.get("/API/job/{id}/problem", ctx -> problems(ctx, job(ctx).id()));
    }

    static JobPriority priority(Context ctx, String name, JobPriority defaultValue) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        JobPriority p = JobPriority.parse(v);
        if (p == null) {
            throw ApiException.invalidInput(name, "Not a job priority", v);
        }
        return p;
    }

    /** The repeatable {@code jobmetadata=key=value} pairs. */
    static Map<String, String> jobMetadata(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : Params.raw(ctx, "jobmetadata")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw ApiException.invalidInput("jobmetadata", "Expected key=value", pair);
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private JobRow job(Context ctx) {
        long id = Params.id(ctx, "id", "Job");
        return services.jobs()
                .find(id)
                .orElseThrow(() -> ApiException.notFound("Job", ctx.pathParam("id")));
    }

    private void get(Context ctx) {
        Access.require(ctx, Roles.JOB_READ);
        JobRow job = job(ctx);
        Responses.send(ctx, JobViews.document(job, true), job.status().name());
    }

    private void list(Context ctx) {
        String user = Access.require(ctx, Roles.JOB_READ).name();
        JobFilter filter =
                new JobFilter(
                        Params.bool(ctx, "user", true) ? user : null,
                        states(ctx),
                        all(Params.list(ctx, "type")),
                        priorities(ctx),
                        Math.max(1, Params.integer(ctx, "first", 1, 0, Integer.MAX_VALUE)),
                        Params.integer(ctx, "number", 100, 0, ItemRoutes.MAX_PAGE),
                        sort(ctx),
                        jobMetadata(ctx));
        Map.Entry<Long, List<JobRow>> page = services.jobStore().list(filter);
        boolean withLog = Params.bool(ctx, "step", false);
        List<JobDocument> jobs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JobRow j : page.getValue()) {
            jobs.add(JobViews.document(j, withLog));
            ids.add(j.siteId());
        }
        Responses.send(ctx, new JobListDocument(page.getKey(), jobs), Responses.lines(ids));
    }

    private static Set<String> all(List<String> values) {
        return values.contains("all") ? Set.of() : new LinkedHashSet<>(values);
    }

    private static Set<JobState> states(Context ctx) {
        Set<JobState> out = new LinkedHashSet<>();
        for (String s : all(Params.list(ctx, "state"))) {
            JobState state = JobState.parse(s);
            if (state == JobState.UNKNOWN) {
                throw ApiException.invalidInput("state", "Not a job state", s);
            }
            out.add(state);
        }
        return out;
    }

    private static Set<JobPriority> priorities(Context ctx) {
        Set<JobPriority> out = new LinkedHashSet<>();
        for (String s : all(Params.list(ctx, "priority"))) {
            JobPriority p = JobPriority.parse(s);
            if (p == null) {
                throw ApiException.invalidInput("priority", "Not a job priority", s);
            }
            out.add(p);
        }
        return out;
    }

    private static List<Map.Entry<String, Boolean>> sort(Context ctx) {
        List<Map.Entry<String, Boolean>> out = new ArrayList<>();
        for (String part : Params.list(ctx, "sort")) {
            String[] words = part.strip().split("\\s+");
            String field = words[0];
            boolean asc = words.length < 2 || words[1].equalsIgnoreCase("asc");
            if (words.length > 2
                    || (words.length == 2 && !asc && !words[1].equalsIgnoreCase("desc"))
                    || !List.of("jobId", "type", "state", "user", "startTime", "priority")
                            .contains(field)) {
                throw ApiException.invalidInput("sort", "Expected a field and asc or desc", part);
            }
            out.add(Map.entry(field, asc));
        }
        return out;
    }

    private void changePriority(Context ctx) {
        Access.require(ctx, Roles.JOB_WRITE);
        JobRow job = job(ctx);
        JobPriority p = priority(ctx, "priority", null);
        if (p == null) {
            throw ApiException.invalidInput("priority", "priority is required", null);
        }
        services.jobs().changePriority(job.id(), p);
        Responses.send(ctx, JobViews.document(services.jobs().find(job.id()).orElseThrow(), false));
    }

    private void abort(Context ctx) {
        Access.require(ctx, Roles.JOB_WRITE);
        JobRow job = job(ctx);
        boolean cleanup = Params.bool(ctx, "cleanup", true);
        String reason = ctx.queryParam("reason");
        if (reason != null && !reason.isBlank() && !job.status().isTerminal()) {
            services.jobStore().putData(job.id(), "abortReason", reason.strip());
        }
        services.jobs().abort(job.id(), cleanup);
        Responses.send(ctx, JobViews.document(services.jobs().find(job.id()).orElseThrow(), false));
    }

    private void rerun(Context ctx) {
        String user = Access.require(ctx, Roles.JOB_WRITE).name();
        JobRow job = job(ctx);
        JobPriority p = priority(ctx, "priority", null);
        Responses.send(ctx, JobViews.document(services.jobs().rerun(job.id(), p, user), false));
    }

    private void create(Context ctx) {
        String user = Access.require(ctx, Roles.JOB_WRITE).name();
        String type = RenderSubmitter.blankToNull(ctx.queryParam("type"));
        if (type == null || !type.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw ApiException.invalidInput("type", "A job type such as NONE is required", type);
        }
        if (type.equals(RenderWorker.TYPE)) {
            throw ApiException.invalidInput("type", "Start CONFORM jobs with a render call", type);
        }
        JobPriority priority = priority(ctx, "priority", JobPriority.MEDIUM);
        Map<String, String> data = jobMetadata(ctx);
        NotificationRoutes.addToJobData(ctx, services, data);
        JobRow job = services.jobs().submit(type, priority, user, 1, "{}", data);
        Responses.send(ctx, JobViews.document(job, false));
    }

    private void deleteJobs(Context ctx) {
        Access.require(ctx, Roles.JOB_WRITE);
        List<Long> ids = new ArrayList<>();
        for (String id : Params.list(ctx, "id")) {
            long n = SiteIds.parse(id).orElseThrow(() -> ApiException.notFound("Job", id));
            services.jobs()
                    .find(n)
                    .ifPresent(
                            j -> {
                                if (!j.status().isTerminal()) {
                                    services.jobs().abort(n, false);
                                }
                            });
            ids.add(n);
        }
        services.jobStore().delete(ids);
        ctx.status(200);
    }

    private void problems(Context ctx, Long jobId) {
        Access.require(ctx, Roles.JOB_READ);
        Responses.send(ctx, JobViews.problems(services.jobStore().problems(jobId)));
    }
}
