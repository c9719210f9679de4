package org.seqdesk.sandbox.jobs;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of a job as its log shows it.
 *
 * @param progress percent done, or null when the step reports none
 */
public record JobTask(
        int step,
        String status,
        String description,
        BigDecimal progress,
        String errorMessage,
        Instant updated) {}
