package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** Problems that hold jobs in WAITING; an empty list often arrives as {@code {}}. */
@JacksonXmlRootElement(localName = "JobProblemListDocument")
public record JobProblemListDocument(@JsonProperty("problem") List<Problem> problems) {

    public JobProblemListDocument {
        problems = Lists.of(problems);
    }

    /** One problem, with the ids of the jobs it blocks. */
    @JsonPropertyOrder({"id", "type", "data", "job"})
    public record Problem(
            String id,
            String type,
            @JsonProperty("data") List<KeyValue> data,
            @JsonProperty("job") List<String> jobs) {

        public Problem {
            data = Lists.of(data);
            jobs = Lists.of(jobs);
        }
    }
}
