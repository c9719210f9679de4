package org.seqdesk.api.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Documents as real servers send them, with their quirks. */
class ServerDocumentsTest {
    private static final String NS = Documents.NAMESPACE;

    @Test
    void jobCreationAnswerFromA417ServerReads() throws IOException {
        String json =
                "{\"jobId\":\"VX-29\",\"user\":\"admin\","
                    + "\"started\":\"2020-10-02T15:36:54.047+0000\",\"status\":\"READY\","
                    + "\"type\":\"PLACEHOLDER_IMPORT\",\"priority\":\"MEDIUM\","
                    + "\"data\":[{\"key\":\"item\",\"value\":\"VX-93\"}],\"log\":{\"task\":[]}}";

        JobDocument job = Documents.readJson(json, JobDocument.class);

        assertThat(job.jobId()).isEqualTo("VX-29");
        assertThat(job.state()).isEqualTo(JobState.READY);
        assertThat(job.priority()).isEqualTo(JobPriority.MEDIUM);
        assertThat(job.started().toInstant()).isEqualTo(Instant.parse("2020-10-02T15:36:54.047Z"));
        assertThat(job.dataValue("item")).contains("VX-93");
        assertThat(job.tasks()).isEmpty();
    }

    @Test
    void threeTimestampSpellingsOfOneServerAllRead() {
        assertThat(Timestamps.parse("2020-09-23T10:57:34.048+0000").toInstant())
                .isEqualTo(Timestamps.parse("2020-09-23T10:57:34.048Z").toInstant())
                .isEqualTo(Timestamps.parse("2020-09-23T11:57:34.048+01:00").toInstant())
                .isEqualTo(Timestamps.parse("2020-09-23T10:57:34.048").toInstant());
    }

    @Test
    void bothAbortPendingSpellingsReadAsOneStateAndUnknownStatesKeepPolling() throws IOException {
        assertThat(Documents.readJson("{\"status\":\"ABORT_PENDING\"}", JobDocument.class).state())
                .isEqualTo(JobState.ABORTED_PENDING);
        assertThat(
                        Documents.readJson("{\"status\":\"ABORTED_PENDING\"}", JobDocument.class)
                                .state())
                .isEqualTo(JobState.ABORTED_PENDING);
        JobState future = Documents.readJson("{\"status\":\"QUANTUM\"}", JobDocument.class).state();
        assertThat(future).isEqualTo(JobState.UNKNOWN);
        assertThat(future.isRunning()).isTrue();
        assertThat(JobState.FINISHED_WARNING.isSuccess()).isTrue();
        assertThat(JobState.FAILED_TOTAL.isTerminal()).isTrue();
        assertThat(JobState.ABORTED_PENDING.isTerminal()).isFalse();
    }

    @Test
    void taskProgressReadsAsSimpleContentInXmlAndValueInJson() throws IOException {
        String xml =
                "<JobDocument xmlns=\""
                        + NS
                        + "\"><jobId>VX-3</jobId><status>STARTED</status>"
                        + "<log><task id=\"t1\"><status>STARTED</status>"
                        + "<progress total=\"100\" unit=\"percent\">12.5</progress></task>"
                        + "<task id=\"t2\"><progress>7</progress></task></log></JobDocument>";
        String json =
                "{\"jobId\":\"VX-3\",\"status\":\"STARTED\",\"log\":{\"task\":[{\"id\":\"t1\","
                        + "\"status\":\"STARTED\",\"progress\":{\"value\":12.5,\"total\":100,"
                        + "\"unit\":\"percent\"}},{\"id\":\"t2\",\"progress\":{\"value\":7}}]}}";

        JobDocument fromXml = Documents.readXml(xml, JobDocument.class);
        JobDocument fromJson = Documents.readJson(json, JobDocument.class);

        assertThat(fromXml).isEqualTo(fromJson);
        JobDocument.Progress p = fromXml.tasks().get(0).progress();
        assertThat(p.value()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(p.total()).isEqualTo(100L);
        assertThat(p.unit()).isEqualTo("percent");
        assertThat(Documents.writeXml(fromXml))
                .contains("<progress total=\"100\" unit=\"percent\">12.5</progress>");
    }

    @Test
    void emptyListDocumentsReadFromBracesOrEmptyArrays() throws IOException {
        assertThat(Documents.readJson("{}", JobProblemListDocument.class).problems()).isEmpty();
        assertThat(Documents.readJson("{}", JobListDocument.class).jobs()).isEmpty();
        assertThat(Documents.readJson("{\"hits\":0,\"item\":[]}", ItemListDocument.class).items())
                .isEmpty();
        assertThat(Documents.readJson("{\"sequence\":[]}", SequenceListDocument.class).sequences())
                .isEmpty();
        assertThat(
                        Documents.readXml(
                                        "<URIListDocument xmlns=\"" + NS + "\"/>",
                                        URIListDocument.class)
                                .uris())
                .isEmpty();
    }

    @Test
    void errorDocumentWithAllMembersNullExceptOneExplainsItself() throws IOException {
        String json =
                "{\"notFound\":{\"type\":\"Job\",\"id\":\"VX-1000000\",\"context\":null},"
                        + "\"invalidInput\":null,\"conflict\":null,\"forbidden\":null,"
                        + "\"notAuthorized\":null,\"internalServer\":null,"
                        + "\"notYetImplemented\":null,\"licenseFault\":null,"
                        + "\"fileAlreadyExists\":null}";

        ExceptionDocument error = Documents.readJson(json, ExceptionDocument.class);

        assertThat(error.kind()).contains("notFound");
        assertThat(error.explanation()).contains("notFound: Job VX-1000000");
    }

    @Test
    void errorDocumentInXmlExplainsTheFirstMember() throws IOException {
        String xml =
                "<ExceptionDocument xmlns=\""
                        + NS
                        + "\"><invalidInput>"
                        + "<context>metadata-field</context>"
                        + "<explanation>The name of the metadata field is invalid</explanation>"
                        + "</invalidInput></ExceptionDocument>";

        ExceptionDocument error = Documents.readXml(xml, ExceptionDocument.class);

        assertThat(error.explanation())
                .contains("invalidInput: metadata-field The name of the metadata field is invalid");
    }

    @Test
    void metadataReadsAttributesAndPlainValuesAndWritesTheServersWriteForm() throws IOException {
        String xml =
                "<MetadataDocument xmlns=\""
                        + NS
                        + "\"><revision>VX-398,VX-400</revision><timespan start=\"-INF\""
                        + " end=\"+INF\"><field uuid=\"f1\" user=\"admin\""
                        + " timestamp=\"2020-09-23T10:57:34.048Z\"><name>title</name><value"
                        + " uuid=\"v1\" user=\"admin\""
                        + " timestamp=\"2020-09-23T11:57:34.112+01:00\">My title</value></field>"
                        + "<field><name>keywords</name><value>a</value><value>b</value></field>"
                        + "</timespan></MetadataDocument>";

        MetadataDocument md = Documents.readXml(xml, MetadataDocument.class);

        assertThat(md.firstValue("title")).contains("My title");
        MetadataDocument.Field title = md.timespans().get(0).fields().get(0);
        assertThat(title.values().get(0).uuid()).isEqualTo("v1");
        assertThat(md.timespans().get(0).fields().get(1).values())
                .extracting(MetadataDocument.Value::value)
                .containsExactly("a", "b");
        assertThat(
                        Documents.writeJson(
                                MetadataDocument.ofFields(
                                        java.util.List.of(
                                                MetadataDocument.Field.of("title", "My title")))))
                .isEqualTo(
                        "{\"group\":[],\"timespan\":[{\"start\":\"-INF\",\"end\":\"+INF\",\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"My"
                            + " title\"}]}],\"group\":[]}]}");
        assertThat(Documents.readXml(Documents.writeXml(md), MetadataDocument.class)).isEqualTo(md);
    }

    @Test
    void itemListKeepsHitsCursorAndMergedAccess() throws IOException {
        String json =
                "{\"hits\":8,\"item\":[{\"id\":\"VX-64\",\"start\":\"-INF\",\"end\":\"+INF\","
                        + "\"merged-access\":{\"permission\":\"ALL\"},"
                        + "\"thumbnails\":{\"uri\":[\"http://h/API/thumbnail/VX-1/VX-64/0@1\"]},"
                        + "\"metadata\":{\"timespan\":[{\"start\":\"-INF\",\"end\":\"+INF\","
                        + "\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"Dog\"}]}]}]}}],"
                        + "\"nextCursor\":\"c2\"}";

        ItemListDocument list = Documents.readJson(json, ItemListDocument.class);

        assertThat(list.hits()).isEqualTo(8L);
        assertThat(list.nextCursor()).isEqualTo("c2");
        ItemDocument item = list.items().get(0);
        assertThat(item.mergedAccess().permission()).isEqualTo("ALL");
        assertThat(item.metadataValue("title")).contains("Dog");
        assertThat(item.thumbnailUris()).hasSize(1);
        assertThat(Documents.writeJson(item))
                .contains("\"merged-access\":{\"permission\":\"ALL\"}");
        String xml = Documents.writeXml(list);
        assertThat(xml)
                .contains("<item id=\"VX-64\" start=\"-INF\" end=\"+INF\">")
                .contains("<merged-access>");
        assertThat(Documents.readXml(xml, ItemListDocument.class)).isEqualTo(list);
    }

    @Test
    void oneElementRepeatableMayArriveWithoutAnArray() throws IOException {
        assertThat(Documents.readJson("{\"uri\":\"VX-56\"}", URIListDocument.class).uris())
                .containsExactly("VX-56");
    }

    @Test
    void xmlDeclaringAnExternalEntityIsRefused() {
        String xml =
                "<?xml version=\"1.0\"?><!DOCTYPE JobDocument [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><JobDocument xmlns=\""
                        + NS
                        + "\">"
                        + "<jobId>&x;</jobId></JobDocument>";

        assertThatThrownBy(() -> Documents.readXml(xml, JobDocument.class))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
