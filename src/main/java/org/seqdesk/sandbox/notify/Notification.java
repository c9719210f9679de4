package org.seqdesk.sandbox.notify;

import java.util.Set;
import org.seqdesk.sandbox.store.SiteIds;

/**
 * A stored job notification: where to send it, and on which job events.
 *
 * @param placeholder true for a placeholder notification ({@code /notification}), sent only for
 *     jobs created with {@code notification=<id>}; false for one on the whole job resource ({@code
 *     /job/notification}), sent for every job
 * @param url the loopback (unless configured otherwise) HTTP URL
 * @param method {@code POST} or {@code PUT}
 * @param contentType {@code application/xml} or {@code application/json}: the form of the
 *     SimpleMetadataDocument sent
 * @param timeoutSeconds how long one attempt may take
 * @param retries further attempts after a failed one
 * @param events the job events: {@code create}, {@code update}, {@code stop}, {@code finished},
 *     {@code failed}
 * @param types the job types it is limited to; empty for all
 * @param jobId the one job it is on ({@code /job/{id}/notification}), or null
 */
public record Notification(
        long id,
        boolean placeholder,
        String url,
        String method,
        String contentType,
        int timeoutSeconds,
        int retries,
        Set<String> events,
        Set<String> types,
        Long jobId) {
    public static final Set<String> EVENTS =
            Set.of("create", "update", "stop", "finished", "failed");

    public Notification {
        events = Set.copyOf(events);
        types = Set.copyOf(types);
    }

    public String siteId() {
        return SiteIds.format(id);
    }

    public Notification withId(long newId) {
        return new Notification(
                newId,
                placeholder,
                url,
                method,
                contentType,
                timeoutSeconds,
                retries,
                events,
                types,
                jobId);
    }

    /** The same notification on one job. */
    public Notification onJob(long job) {
        return new Notification(
                id, false, url, method, contentType, timeoutSeconds, retries, events, types, job);
    }
}
