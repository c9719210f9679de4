package org.seqdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.TaskRunner;

class ItemBrowserViewModelTest {
    private final ListItemSource source = ListItemSource.of(1000);
    private final ItemBrowserViewModel model =
            new ItemBrowserViewModel(source, TaskRunner.inline(), Debouncer.immediate());

    @Test
    void typingSearchesAndShowsTheNumberOfHits() {
        model.queryProperty().set("harbour");

        assertThat(model.items()).hasSize(500);
        assertThat(model.items().get(0).title()).isEqualTo("Harbour 2");
        assertThat(model.messageProperty().get()).isEqualTo("500 items");
    }

    @Test
    void fieldTermsReachTheSource() {
        model.queryProperty().set("title:\"Forest 11\"");

        assertThat(model.items()).extracting(ItemRow::id).contains("VX-11", "VX-111");
        assertThat(source.calls.get(0)).contains("Term[field=title, value=Forest 11]");
    }

    @Test
    void pagesAreFetchedOnlyWhenRowsAreShown() {
        model.refresh();
        source.calls.clear();

        ItemRow row = model.items().get(450);

        assertThat(row.id()).isEqualTo("VX-451");
        assertThat(source.calls).containsExactly("[]@401");
        model.items().get(460);
        assertThat(source.calls).hasSize(1);
    }

    @Test
    void scrollingThroughEverythingKeepsABoundedNumberOfPages() {
        ListItemSource big = ListItemSource.of(5000);
        ItemBrowserViewModel browser =
                new ItemBrowserViewModel(big, TaskRunner.inline(), Debouncer.immediate());
        browser.refresh();

        for (int i = 0; i < browser.items().size(); i += 50) {
            assertThat(browser.items().get(i).isLoading()).isFalse();
        }

        assertThat(browser.cachedPages()).isEqualTo(ItemBrowserViewModel.MAX_PAGES);
    }

    @Test
    void aNewSearchCancelsTheOneItReplaces() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner deferred = deferredRunner(pending);
        ItemBrowserViewModel browser =
                new ItemBrowserViewModel(source, deferred, Debouncer.immediate());

        browser.queryProperty().set("forest");
        browser.queryProperty().set("harbour");
        pending.forEach(Runnable::run);

        assertThat(browser.items()).hasSize(500);
        assertThat(browser.items().get(0).title()).startsWith("Harbour");
    }

    @Test
    void aFailureBecomesOneSentence() {
        source.failure = new ConnectException("Connection refused");

        model.refresh();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get())
                .isEqualTo("The server cannot be reached. Check that it is running and try again.");
    }

    @Test
    void selectingAnItemLoadsItsMetadataAndExposesItsId() {
        model.refresh();

        model.selectedProperty().set(model.items().get(2));

        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-3");
        assertThat(model.metadata()).extracting(ItemSource.MetadataEntry::value).contains("VX-3");
    }

    @Test
    void revealSearchesByIdAndSelectsTheItem() {
        model.reveal("VX-42");

        assertThat(model.selectedItemIdProperty().get()).isEqualTo("VX-42");
    }

    @Test
    void sortingAsksTheSourceForTheOrder() {
        model.sortBy("title", false);

        assertThat(model.items().get(0).title()).isEqualTo("Harbour 998");
    }

    @Test
    void queryParsingSplitsWordsAndQuotedFieldValues() {
        ItemQuery q = ItemQuery.parse("dawn  title:\"Harbour at dawn\" itemId:VX-1 \"two words\"");

        assertThat(q.text()).containsExactly("dawn", "two words");
        assertThat(q.fields())
                .containsExactly(
                        new ItemQuery.Term("title", "Harbour at dawn"),
                        new ItemQuery.Term("itemId", "VX-1"));
    }

    /** Runs nothing until the test says so; cancelled tasks then do nothing. */
    private static TaskRunner deferredRunner(List<Runnable> pending) {
        ExecutorService queue =
                new AbstractExecutorService() {
                    @Override
                    public void execute(Runnable command) {
                        pending.add(command);
                    }

                    @Override
                    public void shutdown() {}

                    @Override
                    public List<Runnable> shutdownNow() {
                        return List.of();
                    }

                    @Override
                    public boolean isShutdown() {
                        return false;
                    }

                    @Override
                    public boolean isTerminated() {
                        return false;
                    }

                    @Override
                    public boolean awaitTermination(long timeout, TimeUnit unit) {
                        return true;
                    }
                };
        return new TaskRunner(queue, Runnable::run);
    }
}
