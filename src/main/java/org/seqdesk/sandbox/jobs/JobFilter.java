package org.seqdesk.sandbox.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

/**
 * A job list query as {@code GET /job} takes it.
 *
 * @param owner only this user's jobs, or null for everybody's
 * @param sort pairs of (field, ascending) with fields {@code jobId, type, state, user, startTime,
 *     priority}
 * @param metadata job data that must match exactly
 */
public record JobFilter(
        String owner,
        Set<JobState> states,
        Set<String> types,
        Set<JobPriority> priorities,
        int first,
        int number,
        List<Map.Entry<String, Boolean>> sort,
        Map<String, String> metadata) {
    public JobFilter {
        states = Set.copyOf(states);
        types = Set.copyOf(types);
        priorities = Set.copyOf(priorities);
        sort = List.copyOf(sort);
        metadata = Map.copyOf(metadata);
    }
}
