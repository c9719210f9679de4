package org.seqdesk.sandbox.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.api.doc.KeyValue;
import org.seqdesk.sandbox.jobs.JobRow;
import org.seqdesk.sandbox.jobs.JobStore;
import org.seqdesk.sandbox.store.SiteIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends job notifications: on each job event it picks the notifications on the whole job resource,
 * those on the job itself and the placeholders the job names ({@code notification=<id>}), and POSTs
 * (or PUTs) a SimpleMetadataDocument with the job's state, data and {@code notificationData} to
 * each URL, in the background, with the notification's timeout and retries.
 */
public final class NotificationSender implements JobStore.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);

    private final NotificationStore notifications;
    private final JobStore jobs;
    private final HttpClient client =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "sandbox-notifications");
                        t.setDaemon(true);
                        return t;
                    });

    public NotificationSender(NotificationStore notifications, JobStore jobs) {
        this.notifications = notifications;
        this.jobs = jobs;
    }

    @Override
    public void jobChanged(long jobId, boolean created) {
        Optional<JobRow> found = jobs.find(jobId);
        if (found.isEmpty()) {
            return;
        }
        JobRow job = found.get();
        Set<String> events = events(job.status(), created);
        for (Notification n : targets(job)) {
            if (n.events().stream().anyMatch(events::contains)
                    && (n.types().isEmpty() || n.types().contains(job.type()))) {
                Map<String, String> fields = fields(job, events);
                executor.execute(() -> deliver(n, fields));
            }
        }
    }

    private static Set<String> events(JobState status, boolean created) {
        Set<String> events = new LinkedHashSet<>();
        if (created) {
            events.add("create");
            return events;
        }
        events.add("update");
        if (status.isTerminal()) {
            events.add("stop");
        }
        if (status == JobState.FINISHED || status == JobState.FINISHED_WARNING) {
            events.add("finished");
        }
        if (status == JobState.FAILED_TOTAL) {
            events.add("failed");
        }
        return events;
    }

    private List<Notification> targets(JobRow job) {
        List<Notification> out = new ArrayList<>(notifications.list(false));
        out.addAll(notifications.forJob(job.id()));
        String named = job.data().get("notification");
        if (named != null) {
            for (String id : named.split(",")) {
                SiteIds.parse(id.strip())
                        .ifPresent(
                                n ->
                                        notifications
                                                .find(n)
                                                .filter(x -> !out.contains(x))
                                                .ifPresent(out::add));
            }
        }
        return out;
    }

    private static Map<String, String> fields(JobRow job, Set<String> events) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jobId", job.siteId());
        f.put("status", job.status().name());
        f.put("type", job.type());
        f.put("user", job.owner());
        f.put("priority", job.priority().name());
        f.put("currentStep", Integer.toString(job.currentStep()));
        f.put("totalSteps", Integer.toString(job.totalSteps()));
        f.put("action", String.join(",", events).toUpperCase(java.util.Locale.ROOT));
        job.data().forEach(f::putIfAbsent);
        return f;
    }

    private void deliver(Notification n, Map<String, String> fields) {
        List<KeyValue> kv = new ArrayList<>();
        fields.forEach((k, v) -> kv.add(new KeyValue(k, v)));
        boolean json = n.contentType().contains("json");
        byte[] body;
        try {
            SimpleMetadataDocument doc = new SimpleMetadataDocument(kv);
            body =
                    json
                            ? Documents.json().writeValueAsBytes(doc)
                            : Documents.xml().writeValueAsBytes(doc);
        } catch (IOException e) {
            LOG.warn("Notification {} could not be written: {}", n.siteId(), e.getMessage());
            return;
        }
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(n.url()))
                        .timeout(Duration.ofSeconds(n.timeoutSeconds()))
                        .header("Content-Type", json ? "application/json" : "application/xml")
                        .method(n.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        for (int attempt = 0; attempt <= n.retries(); attempt++) {
            if (send(n, request, attempt)) {
                return;
            }
        }
        LOG.warn(
                "Notification {} for job {} was not delivered to {}",
                n.siteId(),
                fields.get("jobId"),
                URI.create(n.url()).getAuthority());
    }

    private boolean send(Notification n, HttpRequest request, int attempt) {
        try {
            if (attempt > 0) {
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.debug("Notification {} answered {}", n.siteId(), status);
            return status < 300;
        } catch (IOException e) {
            LOG.debug("Notification {} attempt {} failed: {}", n.siteId(), attempt, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
