package org.seqdesk.sandbox.jobs;

import org.seqdesk.sandbox.Services;

/** Placeholder until the renderer is wired. */
public final class RenderWorker implements JobWorker {
    public static final String TYPE = "CONFORM";
    public static final int TOTAL_STEPS = 3;

    private final Services services;

    public RenderWorker(Services services) {
        this.services = services;
    }

    @Override
    public void run(JobContext job) throws Exception {
        job.step(1, "Checking sources " + services.config().port());
    }
}
