package org.seqdesk.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.KeyValue;

/** Reads the server's {@link JobDocument} into the tracker's {@link JobSnapshot}. */
public final class JobDocuments {
    private static final BigDecimal FULL = BigDecimal.valueOf(10_000);

    private JobDocuments() {}

    public static JobSnapshot toSnapshot(JobDocument doc) {
        Map<String, String> data = new LinkedHashMap<>();
        for (KeyValue kv : doc.data()) {
            if (kv.key() != null && kv.value() != null) {
                data.putIfAbsent(kv.key(), kv.value());
            }
        }
        if (!data.containsKey("errorMessage")) {
            doc.tasks().stream()
                    .filter(t -> t.errorMessage() != null && !t.errorMessage().isBlank())
                    .reduce((a, b) -> b)
                    .ifPresent(t -> data.put("errorMessage", t.errorMessage()));
        }
        JobDocument.Step step = doc.currentStep();
        int number = step == null || step.number() == null ? 0 : step.number();
        int total = doc.totalSteps() == null ? 0 : doc.totalSteps();
        return new JobSnapshot(
                doc.jobId(),
                doc.type(),
                doc.user(),
                doc.state(),
                doc.priority(),
                instant(doc.started()),
                instant(doc.finished()),
                number,
                total,
                step == null ? null : step.description(),
                JobTimes.progressOf(taskProgress(doc, data), number, total),
                data,
                waiting(doc.waiting()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * Progress of the running task in basis points: the last task that reports progress, as a
     * percentage or as bytes of a total; else the {@code transcodeProgress} data key (0–100).
     */
    static int taskProgress(JobDocument doc, Map<String, String> data) {
        List<JobDocument.Task> tasks = doc.tasks();
        for (int i = tasks.size() - 1; i >= 0; i--) {
            JobDocument.Progress p = tasks.get(i).progress();
            if (p != null && p.value() != null) {
                return basisPoints(p);
            }
        }
        String transcode = data.get("transcodeProgress");
        if (transcode != null) {
            try {
                return clamp(new BigDecimal(transcode.trim()).multiply(BigDecimal.valueOf(100)));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private static int basisPoints(JobDocument.Progress p) {
        boolean bytes = "bytes".equalsIgnoreCase(p.unit());
        if (bytes || (p.total() != null && p.total() > 0 && p.total() != 100)) {
            if (p.total() == null || p.total() <= 0) {
                return -1;
            }
            return clamp(
                    p.value()
                            .multiply(FULL)
                            .divide(BigDecimal.valueOf(p.total()), 0, RoundingMode.DOWN));
        }
        return clamp(p.value().multiply(BigDecimal.valueOf(100)));
    }

    private static int clamp(BigDecimal bp) {
        return Math.max(0, Math.min(10_000, bp.intValue()));
    }

    private static String waiting(JobDocument.Waiting w) {
        if (w == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        append(s, w.requirement());
        append(s, w.resourceType());
        append(s, w.resourceId());
        return s.length() == 0 ? null : s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (part != null && !part.isBlank()) {
            s.append(s.length() == 0 ? "" : " ").append(part.strip());
        }
    }
}
