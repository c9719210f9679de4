package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A job as VidiCore reports it. A job-creating call answers with one in {@link JobState#READY};
 * results such as a created item appear later in {@code data} (key {@code item}), failures under
 * {@code errorMessage} in {@code data} or in a log task.
 */
@JacksonXmlRootElement(localName = "JobDocument")
@JsonPropertyOrder({
    "jobId",
    "user",
    "started",
    "status",
    "type",
    "subJob",
    "priority",
    "waiting",
    "currentStep",
    "data",
    "totalSteps",
    "log",
    "finished"
})
public record JobDocument(
        String jobId,
        String user,
        OffsetDateTime started,
        JobState status,
        String type,
        @JsonProperty("subJob") List<JobDocument> subJobs,
        JobPriority priority,
        Waiting waiting,
        Step currentStep,
        @JsonProperty("data") List<KeyValue> data,
        Integer totalSteps,
        Log log,
        OffsetDateTime finished) {

    public JobDocument {
        subJobs = Lists.of(subJobs);
        data = Lists.of(data);
    }

    /** The value stored under {@code key} in the job's data, if any. */
    public Optional<String> dataValue(String key) {
        return data.stream().filter(kv -> key.equals(kv.key())).map(KeyValue::value).findFirst();
    }

    /** The state, {@link JobState#UNKNOWN} when the server sent none. */
    public JobState state() {
        return status == null ? JobState.UNKNOWN : status;
    }

    /** The log's tasks, empty when the server sent no log. */
    public List<Task> tasks() {
        return log == null ? List.of() : log.tasks();
    }

    /** What the job waits for while {@link JobState#WAITING}. */
    @JsonPropertyOrder({"resourceId", "resourceType", "requirement"})
    public record Waiting(String resourceId, String resourceType, String requirement) {}

    /** The step the job is on; {@code number} counts up to the job's {@code totalSteps}. */
    @JsonPropertyOrder({"description", "number", "status"})
    public record Step(String description, Integer number, String status) {}

    /** The job's task log. */
    public record Log(@JsonProperty("task") List<Task> tasks) {
        public Log {
            tasks = Lists.of(tasks);
        }
    }

    /** One task of the log; {@code status} uses the step vocabulary (e.g. FAILED_FATAL). */
    @JsonPropertyOrder({
        "id",
        "step",
        "attempts",
        "status",
        "timestamp",
        "description",
        "progress",
        "subStep",
        "errorMessage",
        "totalSubTasks"
    })
    public record Task(
            @JacksonXmlProperty(isAttribute = true) String id,
            Integer step,
            Integer attempts,
            String status,
            OffsetDateTime timestamp,
            String description,
            Progress progress,
            @JsonProperty("subStep") List<SubStep> subSteps,
            String errorMessage,
            Integer totalSubTasks) {

        public Task {
            subSteps = Lists.of(subSteps);
        }
    }

    /** Progress of a task: {@code value} of {@code total} in {@code unit} (percent or bytes). */
    public record Progress(
            @JacksonXmlText BigDecimal value,
            @JacksonXmlProperty(isAttribute = true) Long total,
            @JacksonXmlProperty(isAttribute = true) String unit) {

        /** The XML form without attributes: just the value. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Progress of(String value) {
            return new Progress(new BigDecimal(value.trim()), null, null);
        }
    }

    /** A finished sub-step of a task. */
    @JsonPropertyOrder({"timestamp", "description"})
    public record SubStep(OffsetDateTime timestamp, String description) {}
}
