package org.seqdesk.api.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search document's {@code sort} element, in both forms the server reads. */
class ItemSearchSortTest {
    private final ItemSearchDocument sorted =
            ItemSearchDocument.ofText("harbour")
                    .sortedBy(ItemSearchDocument.Sort.descending("created"));

    @Test
    void xmlPutsSortAfterTheCriteriaWithFieldThenOrder() throws Exception {
        String xml = Documents.writeXml(sorted);

        assertThat(xml)
                .contains(
                        "<text>harbour</text><sort><field>created</field>"
                                + "<order>descending</order></sort>");
    }

    @Test
    void bothFormsReadBackTheSameOrder() throws Exception {
        ItemSearchDocument fromXml =
                Documents.readXml(Documents.writeXml(sorted), ItemSearchDocument.class);
        ItemSearchDocument fromJson =
                Documents.readJson(Documents.writeJson(sorted), ItemSearchDocument.class);

        assertThat(fromXml.sorts()).containsExactly(ItemSearchDocument.Sort.descending("created"));
        assertThat(fromJson).isEqualTo(sorted);
    }

    @Test
    void aSearchWithoutSortReadsAsAnEmptyOrder() throws Exception {
        ItemSearchDocument plain =
                Documents.readJson(
                        "{\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"foo\"}]}]}",
                        ItemSearchDocument.class);

        assertThat(plain.sorts()).isEmpty();
        assertThat(plain.sortedBy(ItemSearchDocument.Sort.ascending("title")).sorts())
                .isEqualTo(List.of(new ItemSearchDocument.Sort("title", "ascending")));
    }
}
