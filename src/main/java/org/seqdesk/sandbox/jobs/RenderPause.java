package org.seqdesk.sandbox.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.timeline.Sequence;

/**
 * VidiCore's {@code pauseFrame}: a sequence put with it is still growing, and a render of it pauses
 * at that frame until the sequence is put again. The sandbox holds the render before it starts
 * encoding while the pause frame lies before the sequence's end (a {@code PAUSED} problem, the job
 * {@code WAITING}), then renders the updated sequence whole; the job's data says so.
 *
 * <p>TODO(#5): the frames before the pause frame are not rendered ahead while the job waits, as
 * VidiCore does; the result is the same file, only later.
 */
final class RenderPause {
    static final String PROBLEM = "PAUSED";

    private final Services services;

    RenderPause(Services services) {
        this.services = services;
    }

    /** The pause that holds a render of {@code item}'s sequence now, if any. */
    List<JobProblem> problems(long jobId, long item) {
        OptionalLong pause = services.sequences().pauseFrame(item);
        if (pause.isEmpty()) {
            return List.of();
        }
        Optional<Sequence> sequence = services.sequences().model(item);
        if (sequence.isEmpty()) {
            return List.of();
        }
        long frames = frames(sequence.get());
        if (pause.getAsLong() >= frames) {
            return List.of();
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("item", SiteIds.format(item));
        data.put("pauseFrame", Long.toString(pause.getAsLong()));
        data.put("frames", Long.toString(frames));
        return List.of(new JobProblem(0, jobId, PROBLEM, data));
    }

    /** The sequence's length in whole frames of its rate. */
    static long frames(Sequence s) {
        return s.duration().seconds().times(s.rate().fps()).floor();
    }

    /**
     * Waits while the item's sequence is paused before its end; true when it waited (the sequence
     * has changed since it was read).
     */
    boolean holdAt(JobContext job, long item) throws JobAbortedException, InterruptedException {
        List<JobProblem> now = problems(job.id(), item);
        if (now.isEmpty()) {
            return false;
        }
        String frame = now.get(0).data().get("pauseFrame");
        job.putData("pauseFrame", frame);
        job.waitWhile(() -> problems(job.id(), item));
        job.putData(
                "pauseNote",
                "Held before rendering while the sequence was paused at frame "
                        + frame
                        + "; rendered the updated sequence from its start");
        return true;
    }
}
