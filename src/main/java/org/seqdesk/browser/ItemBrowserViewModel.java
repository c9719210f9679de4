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
import org.seqdesk.common.ServerStatus;
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
    private final ServerStatus status;
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
    private String hitsText = "";
    private boolean resetting;
    private boolean movedWhileResetting;
    private boolean unreachableShown;

    public ItemBrowserViewModel(ItemSource source, TaskRunner runner, Debouncer debouncer) {
        this(source, runner, debouncer, new ServerStatus());
    }

    /** Like the other constructor, reporting whether the server answers to {@code status}. */
    public ItemBrowserViewModel(
            ItemSource source, TaskRunner runner, Debouncer debouncer, ServerStatus status) {
        this.source = source;
        this.runner = runner;
        this.debouncer = debouncer;
        this.status = status;
        status.whenBack(this::serverBack);
        query.addListener((o, old, now) -> debouncer.submit(this::search));
        selected.addListener(
                (o, old, now) -> {
                    // the table moves its selection while its rows are replaced; only where the
                    // selection ends up counts
                    if (resetting) {
                        movedWhileResetting = true;
                    } else {
                        selectionChanged(now);
                    }
                });
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

    /**
     * Reads the result again after {@code itemId} changed elsewhere (a render gave it media), so
     * its row shows the new duration and picture; the selection and its sequences stay.
     */
    public void itemChanged(String itemId) {
        if (itemId != null && !itemId.isBlank()) {
            LOG.debug("Item {} changed; searching again", itemId);
            refresh();
        }
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
        ItemRow before = selected.get();
        int beforeIndex = before == null ? -1 : items.indexOf(before);
        busy.set(false);
        resetting = true;
        movedWhileResetting = false;
        try {
            items.reset(this::loadPage, first, e -> report(e, "page"));
        } finally {
            resetting = false;
        }
        hitsText = Messages.get("browser.hits", first.hits());
        answered();
        message.set(hitsText);
        LOG.debug("Search {} found {} items", q, first.hits());
        boolean byId = q.fields().stream().anyMatch(t -> t.field().equals("itemId"));
        ItemRow kept = sameItem(before, first.rows());
        if (!byId && kept == null && beforeIndex >= PAGE_SIZE && beforeIndex < first.hits()) {
            lookFor(q, before, beforeIndex);
            return;
        }
        select(byId && !first.rows().isEmpty() ? first.rows().get(0) : kept);
    }

    /**
     * The selected item sat beyond the first page: fetches the page it sat on and keeps it selected
     * if it is still there. Meanwhile its id, metadata and sequences stay on screen.
     */
    private void lookFor(ItemQuery q, ItemRow before, int index) {
        int page = index / PAGE_SIZE;
        runner.run(
                () -> source.search(q, page * PAGE_SIZE + 1, PAGE_SIZE),
                result -> {
                    ItemRow now = selected.get();
                    if (current != q || (now != null && !now.id().equals(before.id()))) {
                        return;
                    }
                    answered();
                    items.accept(page, result);
                    ItemRow found = sameItem(before, result.rows());
                    int at = found == null ? -1 : items.indexOf(found);
                    select(at >= 0 ? items.get(at) : null);
                },
                e -> report(e, "page"));
    }

    /**
     * The selected item if the new result shows it on its first page, else null: an item the result
     * dropped must not leave its metadata and sequences on screen.
     */
    private static ItemRow sameItem(ItemRow before, List<ItemRow> rows) {
        if (before == null) {
            return null;
        }
        return rows.stream().filter(r -> r.id().equals(before.id())).findFirst().orElse(null);
    }

    private void select(ItemRow row) {
        if (selected.get() != row) {
            selected.set(row);
        } else if (movedWhileResetting) {
            selectionChanged(row);
        }
    }

    private TaskRunner.Handle loadPage(
            int page, Consumer<ItemPage> done, Consumer<Throwable> failure) {
        ItemQuery q = current;
        return runner.run(
                () -> source.search(q, page * PAGE_SIZE + 1, PAGE_SIZE),
                result -> {
                    answered();
                    done.accept(result);
                },
                failure);
    }

    /** The server answered: a message about it being unreachable no longer holds. */
    private void answered() {
        status.answered();
        if (failed.get()) {
            failed.set(false);
            message.set(hitsText);
        }
    }

    /** The server answers again, perhaps to another screen: a message that it did not goes. */
    private void serverBack() {
        if (unreachableShown) {
            unreachableShown = false;
            answered();
        }
    }

    private void report(Throwable e, String what) {
        busy.set(false);
        LOG.info("Item {} failed", what, e);
        unreachableShown = status.failed(e);
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
        loadMetadata(row.id());
    }

    private void loadMetadata(String itemId) {
        if (details != null) {
            details.cancel();
        }
        details =
                runner.run(
                        () -> source.metadata(itemId),
                        (List<ItemSource.MetadataEntry> m) -> {
                            answered();
                            metadata.setAll(m);
                        },
                        e -> report(e, "metadata"));
    }

    /** Reads the metadata again if {@code itemId} is the selected item, as after it changed. */
    public void refreshMetadata(String itemId) {
        if (itemId != null && itemId.equals(selectedItemId.get())) {
            loadMetadata(itemId);
        }
    }

    int cachedPages() {
        return items.cachedPages();
    }
}
