package org.seqdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.Messages;
import org.seqdesk.common.ServerStatus;
import org.seqdesk.common.TaskRunner;

/** What stays on the browser screen after searches, failures and changes elsewhere. */
class ItemBrowserStateTest {
    private final ListItemSource source = ListItemSource.of(1000);
    private final ServerStatus status = new ServerStatus();
    private final ItemBrowserViewModel model =
            new ItemBrowserViewModel(source, TaskRunner.inline(), Debouncer.immediate(), status);

    private void selectId(String id) {
        model.refresh();
        int index = Integer.parseInt(id.substring(3)) - 1;
        model.selectedProperty().set(model.items().get(index));
    }

    @Test
    void aSearchWhoseResultLacksTheSelectedItemDropsItAndItsMetadata() {
        selectId("VX-3");
        assertThat(model.metadata()).isNotEmpty();

        model.queryProperty().set("harbour");

        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.selectedItemIdProperty().get()).isEmpty();
        assertThat(model.metadata()).isEmpty();
    }

    @Test
    void aSearchThatStillShowsTheSelectedItemKeepsIt() {
        selectId("VX-2");

        model.queryProperty().set("harbour");

        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-2");
        assertThat(model.metadata()).isNotEmpty();
    }

    @Test
    void theUnreachableMessageGoesWithTheNextAnsweredCall() {
        model.refresh();
        source.failure = new ConnectException("Connection refused");
        model.refresh();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(status.reachableProperty().get()).isFalse();

        source.failure = null;
        model.selectedProperty().set(model.items().get(4));

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(Messages.get("browser.hits", 1000));
        assertThat(status.reachableProperty().get()).isTrue();
    }

    @Test
    void anAnswerToAnotherScreenClearsTheUnreachableMessageToo() {
        model.refresh();
        source.failure = new ConnectException("Connection refused");
        model.refresh();

        status.answered();

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(Messages.get("browser.hits", 1000));
    }

    @Test
    void aFailureWithAnAnswerDoesNotCallTheServerUnreachable() {
        source.failure = new IOException("the answer could not be read");

        model.refresh();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(status.reachableProperty().get()).isTrue();
    }

    @Test
    void metadataIsReadAgainOnlyForTheSelectedItem() {
        selectId("VX-7");
        source.metadataCalls.clear();

        model.refreshMetadata("VX-8");
        model.refreshMetadata("VX-7");

        assertThat(source.metadataCalls).containsExactly("VX-7");
    }
}
