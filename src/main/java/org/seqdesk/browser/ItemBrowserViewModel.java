package org.seqdesk.browser;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.ErrorText;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The item browser's state: the typed query (searched as the user types, after a pause), the result
 * as a lazily paged list, the selected item and its metadata, and one short sentence about what
 * happened last. Every server call runs through the {@link TaskRunner}; a newer search cancels the
 * one it replaces.
 */
public final class ItemBrowserViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ItemBrowserViewModel.class);
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 20;

    private final ItemSource source;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final PagedItems items = new PagedItems(PAGE_SIZE, MAX_PAGES);
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper selectedItemId = new ReadOnlyStringWrapper(this, "id", "");
    private final ObservableList<ItemSource.MetadataEntry> metadata =
            FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private String sortField = "";
    private boolean ascending = true;
    private TaskRunner.Handle searching;
    private TaskRunner.Handle details;
    private ItemQuery current = ItemQuery.parse("");

    public ItemBrowserViewModel(ItemSource source, TaskRunner runner, Debouncer debouncer) {
        this.source = source;
        this.runner = runner;
        this.debouncer = debouncer;
        query.addListener((o, old, now) -> debouncer.submit(this::search));
        selected.addListener((o, old, now) -> selectionChanged(now));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The result: as many rows as hits, fetched as they are shown. */
    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObjectProperty<ItemRow> selectedProperty() {
        return selected;
    }

    /** The selected item's id, empty when none: what the sequence list follows. */
    public ReadOnlyStringProperty selectedItemIdProperty() {
        return selectedItemId.getReadOnlyProperty();
    }

    public ObservableList<ItemSource.MetadataEntry> metadata() {
        return metadata;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Sorts by a metadata field on the server; an empty field restores the server's order. */
    public void sortBy(String field, boolean up) {
        sortField = field == null ? "" : field;
        ascending = up;
        search();
    }

    /** Runs the search now, dropping every cached page. */
    public void refresh() {
        debouncer.cancel();
        search();
    }

    /** Shows one item by id, as when another screen asks for it. */
    public void reveal(String itemId) {
        if (itemId != null && !itemId.isBlank()) {
            query.set("itemId:" + itemId);
            refresh();
        }
    }

    void search() {
        cancelSearch();
        ItemQuery q = ItemQuery.parse(query.get(), sortField, ascending);
        current = q;
        busy.set(true);
        searching =
                runner.run(
                        () -> source.search(q, 1, PAGE_SIZE),
                        page -> searched(q, page),
                        e -> report(e, "search"));
    }

    private void cancelSearch() {
        if (searching != null) {
            searching.cancel();
        }
        items.cancelAll();
    }

    private void searched(ItemQuery q, ItemPage first) {
        busy.set(false);
        items.reset(this::loadPage, first, e -> report(e, "page"));
        failed.set(false);
        message.set(Messages.get("browser.hits", first.hits()));
        LOG.debug("Search {} found {} items", q, first.hits());
        if (!first.rows().isEmpty()
                && q.fields().stream().anyMatch(t -> t.field().equals("itemId"))) {
            selected.set(first.rows().get(0));
        }
    }

    private TaskRunner.Handle loadPage(
            int page, Consumer<ItemPage> done, Consumer<Throwable> failure) {
        ItemQuery q = current;
        return runner.run(() -> source.search(q, page * PAGE_SIZE + 1, PAGE_SIZE), done, failure);
    }

    private void report(Throwable e, String what) {
        busy.set(false);
        LOG.info("Item {} failed", what, e);
        failed.set(true);
        message.set(ErrorText.of(e));
    }

    private void selectionChanged(ItemRow row) {
        if (details != null) {
            details.cancel();
        }
        metadata.clear();
        if (row == null || row.isLoading()) {
            selectedItemId.set("");
            return;
        }
        selectedItemId.set(row.id());
        details =
                runner.run(
                        () -> source.metadata(row.id()),
                        (List<ItemSource.MetadataEntry> m) -> metadata.setAll(m),
                        e -> report(e, "metadata"));
    }

    int cachedPages() {
        return items.cachedPages();
    }
}
