package org.seqdesk.jobs;

import java.util.List;
import java.util.Map;

/**
 * One {@code GET /job} list request, newest jobs first.
 *
 * @param userOnly {@code user=true}: only the caller's jobs
 * @param types job types to list, empty for all
 * @param jobMetadata {@code jobmetadata} filters, all of which must match
 * @param number how many jobs at most
 */
public record JobQuery(
        boolean userOnly, List<String> types, Map<String, String> jobMetadata, int number) {

    /** Job types the monitor shows when it shows every job on the server. */
    public static final List<String> MONITORED_TYPES = List.of("CONFORM", "EXPORT");

    public JobQuery {
        types = List.copyOf(types);
        jobMetadata = Map.copyOf(jobMetadata);
    }

    /** The jobs this client started for this user. */
    public static JobQuery mine(int number) {
        return new JobQuery(
                true, List.of(), Map.of(JobSnapshot.CLIENT, JobSnapshot.CLIENT_NAME), number);
    }

    /** Every render and export job on the server, whoever started it. */
    public static JobQuery allRendersAndExports(int number) {
        return new JobQuery(false, MONITORED_TYPES, Map.of(), number);
    }
}
