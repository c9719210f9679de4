package org.seqdesk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.Formats;
import org.seqdesk.common.Messages;

/** The words the jobs screens use for states, steps, times and reasons. */
public final class JobTexts {
    private JobTexts() {}

    public static String state(JobState state) {
        return Messages.get("jobs.state." + state.name());
    }

    /** A short mark beside the label, so a state never depends on colour alone. */
    public static String stateSymbol(JobState state) {
        switch (state) {
            case FINISHED:
                return "\u2714";
            case FINISHED_WARNING:
                return "\u26A0";
            case FAILED_TOTAL:
                return "\u2716";
            case ABORTED:
            case ABORTED_PENDING:
                return "\u25A0";
            case WAITING:
            case HOLD:
                return "\u23F8";
            case STARTED:
            case VIDINET_JOB:
                return "\u25B6";
            default:
                return "\u2022";
        }
    }

    /** The CSS class for a state's colour. */
    public static String styleClass(JobState state) {
        if (state.isSuccess()) {
            return state == JobState.FINISHED ? "job-finished" : "job-warning";
        }
        if (state == JobState.FAILED_TOTAL) {
            return "job-failed";
        }
        if (state == JobState.ABORTED || state == JobState.ABORTED_PENDING) {
            return "job-aborted";
        }
        if (state == JobState.WAITING || state == JobState.HOLD) {
            return "job-waiting";
        }
        return "job-running";
    }

    /** "Step 2 of 3: Rendering video", or whatever of that the server gave. */
    public static String step(JobSnapshot job) {
        String description = job.stepDescription() == null ? "" : job.stepDescription();
        if (job.totalSteps() > 0 && job.stepNumber() > 0) {
            return Messages.get("jobs.step", job.stepNumber(), job.totalSteps(), description)
                    .strip();
        }
        return description;
    }

    /** "42 s", "3 min 05 s", "1 h 02 min", in the chosen language. */
    public static String duration(Duration d) {
        return Formats.current().duration(d);
    }

    public static String unknownRemaining() {
        return Messages.get("jobs.remaining.unknown");
    }

    /** The time of day for today, else the date and time, in the user's zone. */
    public static String time(Instant instant) {
        return time(instant, Instant.now(), ZoneId.systemDefault());
    }

    static String time(Instant instant, Instant now, ZoneId zone) {
        return instant == null ? "" : Formats.current().when(instant, now, zone);
    }

    /** The longest server text a reason quotes; the whole text is in the row's tooltip. */
    static final int MAX_QUOTE = 160;

    /** Why a job failed or waits, in plain words, short enough for a notification. */
    public static String reason(JobSnapshot job) {
        return reason(job, MAX_QUOTE);
    }

    /** The same reason with the server's text in full, for the monitor's tooltip. */
    public static String fullReason(JobSnapshot job) {
        return reason(job, Integer.MAX_VALUE);
    }

    private static String reason(JobSnapshot job, int maxQuote) {
        switch (job.state()) {
            case FAILED_TOTAL:
                String error = job.errorMessage();
                return error == null || error.isBlank()
                        ? Messages.get("jobs.reason.failedUnknown")
                        : Messages.get("jobs.reason.failed", quote(error, maxQuote));
            case WAITING:
                return job.waitingFor() == null || job.waitingFor().isBlank()
                        ? Messages.get("jobs.reason.waitingUnknown")
                        : Messages.get("jobs.reason.waiting", job.waitingFor());
            case ABORTED:
                return Messages.get("jobs.reason.aborted");
            case FINISHED_WARNING:
                return Messages.get("jobs.reason.warning");
            case FINISHED:
                return job.outputItem() == null
                        ? Messages.get("jobs.reason.finished")
                        : Messages.get("jobs.reason.finishedInto", job.outputItem());
            default:
                return state(job.state());
        }
    }

    /** The first line of a server text, cut at {@code max} characters with an ellipsis. */
    static String quote(String text, int max) {
        if (max == Integer.MAX_VALUE) {
            return text.strip();
        }
        String first = text.strip().lines().findFirst().orElse("").strip();
        boolean cut = first.length() > max || !first.equals(text.strip());
        if (first.length() > max) {
            first = first.substring(0, max).strip();
        }
        return cut ? first + "\u2026" : first;
    }

    /** Breaks text into lines of about {@code width} characters, for narrow notifications. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    /**
     * A name for the job in a list or notification: its title if any; else, for a render of a
     * stored sequence, the same name the render was started under ({@link #renderTitle}, from the
     * job's metadata, so a job found again after a restart reads as it did live); else type and id.
     */
    public static String label(JobSnapshot job, String title) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String format = job.value(JobSnapshot.SEQUENCE_FORMAT);
        String item = job.value(JobSnapshot.ITEM_ID);
        if (format != null && !format.isBlank() && item != null && !item.isBlank()) {
            return renderTitle(format, item);
        }
        return Messages.get("jobs.label", job.type() == null ? "" : job.type(), job.id());
    }

    /** What a render of the sequence stored on {@code itemId} in {@code format} is called. */
    public static String renderTitle(String format, String itemId) {
        return format + " " + itemId;
    }
}
