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

    @Test
    void anItemChangedElsewhereShowsItsNewValuesAndStaysSelected() {
        selectId("VX-3");
        source.all.set(2, new ItemRow("VX-3", "Forest 3", "00:00:06:00", "", 1));

        model.itemChanged("VX-3");

        assertThat(model.items().get(2).duration()).isEqualTo("00:00:06:00");
        assertThat(model.selectedProperty().get()).isSameAs(model.items().get(2));
        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-3");
    }

    @Test
    void refreshKeepsASelectedItemBeyondTheFirstPage() {
        selectId("VX-250");
        java.util.List<String> ids = new java.util.ArrayList<>();
        model.selectedItemIdProperty().addListener((o, old, now) -> ids.add(now));

        model.refresh();

        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.selectedProperty().get().id()).isEqualTo("VX-250");
        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-250");
        // the sequence list follows the id: it must not blink to nothing and back
        assertThat(ids).isEmpty();
    }

    @Test
    void refreshDropsASelectedItemBeyondTheFirstPageThatLeftTheResult() {
        selectId("VX-250");
        source.all.remove(249);

        model.refresh();

        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.selectedItemIdProperty().get()).isEmpty();
    }
}
