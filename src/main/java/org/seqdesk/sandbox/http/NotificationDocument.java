package org.seqdesk.sandbox.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Set;
import org.seqdesk.sandbox.notify.Notification;

/** VidiCore's NotificationDocument as the sandbox answers it: an HTTP action, a job trigger. */
@JacksonXmlRootElement(localName = "NotificationDocument")
@JsonPropertyOrder({"action", "trigger"})
record NotificationDocument(Action action, Trigger trigger) {

    record Action(Http http) {}

    @JsonPropertyOrder({"retry", "contentType", "url", "method", "timeout"})
    record Http(Integer retry, String contentType, String url, String method, Integer timeout) {}

    record Trigger(JobTrigger job) {}

    /** An empty element: its presence is the setting. */
    record Present() {}

    @JsonPropertyOrder({"create", "update", "stop", "finished", "failed", "filter"})
    record JobTrigger(
            Present create,
            Present update,
            Present stop,
            Present finished,
            Present failed,
            Filter filter) {}

    record Filter(String type) {}

    static NotificationDocument of(Notification n) {
        Set<String> e = n.events();
        return new NotificationDocument(
                new Action(
                        new Http(
                                n.retries(),
                                n.contentType(),
                                n.url(),
                                n.method(),
                                n.timeoutSeconds())),
                new Trigger(
                        new JobTrigger(
                                present(e, "create"),
                                present(e, "update"),
                                present(e, "stop"),
                                present(e, "finished"),
                                present(e, "failed"),
                                n.types().isEmpty()
                                        ? null
                                        : new Filter(String.join(",", n.types())))));
    }

    private static Present present(Set<String> events, String event) {
        return events.contains(event) ? new Present() : null;
    }
}
