package org.seqdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.jobs.ApiJobService;
import org.seqdesk.jobs.JobRow;
import org.seqdesk.jobs.JobSnapshot;
import org.seqdesk.jobs.JobsModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 1,000 running renders followed by the real tracker and the monitor table on a shown stage. A
 * loopback HTTP server answers {@code GET /job} with all 1,000 jobs, each one's progress moving on
 * every request (the worst case: every row changes every poll). Measures list requests per second
 * at the server and the JavaFX thread's CPU time over wall time. Run with {@code -Dtest=
 * JobTrackerBench -Dtest.excludedGroups=}; see docs/benchmarks.md.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class JobTrackerBench {
    private static final Logger LOG = LoggerFactory.getLogger(JobTrackerBench.class);
    private static final int JOBS = 1000;
    private static final long WARM_UP_MS = 5_000;
    private static final long MEASURE_MS = 30_000;

    @TempDir Path home;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong fxThreadId = new AtomicLong();
    private HttpServer server;
    private VidiCoreClient client;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private JobsModule module;

    @Start
    void start(Stage stage) throws IOException {
        fxThreadId.set(Thread.currentThread().getId());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/API/job",
                exchange -> {
                    int number = number(exchange.getRequestURI().getQuery());
                    byte[] body = jobList(requests.incrementAndGet(), number);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        server.start();
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder("http://127.0.0.1:" + server.getAddress().getPort())
                                .basicAuth("bench", "bench")
                                .build());
        module = new JobsModule(TaskRunner.forFx(background), home);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(module.node()), 1200, 700));
        stage.show();
        ApiJobService service = ApiJobService.on(client);
        module.connect(service, service, "bench", stage, Clock.systemUTC());
        for (int i = 1; i <= JOBS; i++) {
            module.tracker()
                    .track(JobSnapshot.of("VX-" + i, "CONFORM", JobState.READY), "Render " + i);
        }
    }

    @AfterEach
    void stop() {
        Platform.runLater(module::close);
        server.stop(0);
        client.close();
        background.shutdownNow();
    }

    @Test
    void followsAThousandRunningJobsWithOneRequestASecondAndAnIdleFxThread() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread.sleep(WARM_UP_MS);
        int requestsBefore = requests.get();
        long cpuBefore = threads.getThreadCpuTime(fxThreadId.get());
        long wallBefore = System.nanoTime();

        Thread.sleep(MEASURE_MS);

        long wall = System.nanoTime() - wallBefore;
        long cpu = threads.getThreadCpuTime(fxThreadId.get()) - cpuBefore;
        int made = requests.get() - requestsBefore;
        double perSecond = made / (wall / 1e9);
        double fxBusy = 100.0 * cpu / wall;
        WaitForAsyncUtils.waitForFxEvents();
        JobRow sample = module.tracker().row("VX-500");
        LOG.info(
                "Bench: {} jobs, {} list requests in {} ms = {} req/s; FX thread CPU {} ms = {} %;"
                        + " sample row progress {}",
                JOBS,
                made,
                wall / 1_000_000,
                String.format("%.2f", perSecond),
                cpu / 1_000_000,
                String.format("%.2f", fxBusy),
                sample.progressProperty().get());
        assertThat(module.tracker().rows()).hasSize(JOBS);
        assertThat(perSecond).isLessThanOrEqualTo(1.0);
        assertThat(made).isGreaterThan(0);
        assertThat(fxBusy).isLessThan(10.0);
    }

    private static int number(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("number=")) {
                    return Integer.parseInt(pair.substring(7));
                }
            }
        }
        return 100;
    }

    /** All jobs running, the n-th request putting each at a slightly different progress. */
    private static byte[] jobList(int request, int number) {
        int count = Math.min(number, JOBS);
        StringBuilder json = new StringBuilder(count * 400).append("{\"hits\":").append(JOBS);
        json.append(",\"job\":[");
        for (int i = 1; i <= count; i++) {
            double percent = (request * 0.37 + i * 0.011) % 100;
            json.append(i == 1 ? "" : ",")
                    .append("{\"jobId\":\"VX-")
                    .append(i)
                    .append("\",\"user\":\"bench\",\"started\":\"2026-12-04T17:00:00.000+0000\",")
                    .append("\"status\":\"STARTED\",\"type\":\"CONFORM\",\"priority\":\"MEDIUM\",")
                    .append("\"totalSteps\":3,\"currentStep\":{\"description\":\"Rendering\",")
                    .append("\"number\":2},\"data\":[{\"key\":\"client\",\"value\":\"SeqDesk\"},")
                    .append("{\"key\":\"itemId\",\"value\":\"VX-")
                    .append(i)
                    .append("\"}],")
                    .append("\"log\":{\"task\":[{\"step\":2,\"progress\":{\"value\":")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", percent))
                    .append(",\"total\":100,\"unit\":\"percent\"}}]}}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
