package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** A page of jobs; {@code hits} counts all matching jobs before paging. */
@JacksonXmlRootElement(localName = "JobListDocument")
@JsonPropertyOrder({"hits", "job"})
public record JobListDocument(Long hits, @JsonProperty("job") List<JobDocument> jobs) {

    public JobListDocument {
        jobs = Lists.of(jobs);
    }
}
