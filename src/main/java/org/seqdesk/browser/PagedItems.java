package org.seqdesk.browser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.seqdesk.common.TaskRunner;

/**
 * The whole search result as a list the table can show, fetched page by page only when a row is
 * asked for. At most {@code maxPages} pages are kept, least recently used dropped first, so
 * scrolling through any number of items holds a bounded amount of memory.
 */
final class PagedItems extends ObservableListBase<ItemRow> {
    /** Fetches one page (0-based) in the background. */
    interface Loader {
        TaskRunner.Handle load(int page, Consumer<ItemPage> done, Consumer<Throwable> failed);
    }

    private final int pageSize;
    private final int maxPages;
    private final Map<Integer, List<ItemRow>> pages;
    private final Map<Integer, TaskRunner.Handle> loading = new HashMap<>();
    private Loader loader;
    private Consumer<Throwable> onFailure = e -> {};
    private int size;

    PagedItems(int pageSize, int maxPages) {
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.pages =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Integer, List<ItemRow>> e) {
                        return size() > PagedItems.this.maxPages;
                    }
                };
    }

    int pageSize() {
        return pageSize;
    }

    /** Starts over with a new result whose first page is already here. */
    void reset(Loader next, ItemPage first, Consumer<Throwable> failure) {
        cancelAll();
        pages.clear();
        loader = next;
        onFailure = failure;
        int old = size;
        size = (int) Math.min(Integer.MAX_VALUE, Math.max(first.hits(), first.rows().size()));
        pages.put(0, first.rows());
        beginChange();
        nextRemove(0, java.util.Collections.nCopies(old, ItemRow.LOADING));
        nextAdd(0, size);
        endChange();
    }

    /** Empties the list, cancelling every page still on its way. */
    void clear(Loader next) {
        reset(next, new ItemPage(0, List.of()), onFailure);
    }

    void cancelAll() {
        loading.values().forEach(TaskRunner.Handle::cancel);
        loading.clear();
    }

    int cachedPages() {
        return pages.size();
    }

    @Override
    public int size() {
        return size;
    }

    /** The row, or {@link ItemRow#LOADING} while its page is fetched. */
    @Override
    public ItemRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<ItemRow> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        if (rows == null) {
            return ItemRow.LOADING;
        }
        int offset = index % pageSize;
        return offset < rows.size() ? rows.get(offset) : ItemRow.LOADING;
    }

    /** The row if its page is here, without fetching anything. */
    ItemRow peek(int index) {
        List<ItemRow> rows = pages.get(index / pageSize);
        int offset = index % pageSize;
        return rows != null && offset < rows.size() ? rows.get(offset) : null;
    }

    /** Looks only in the pages at hand: searching the whole result would fetch all of it. */
    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<ItemRow>> e : pages.entrySet()) {
            int offset = e.getValue().indexOf(o);
            if (offset >= 0) {
                return e.getKey() * pageSize + offset;
            }
        }
        return -1;
    }

    private void request(int page) {
        if (loader == null || loading.containsKey(page)) {
            return;
        }
        // Put a marker first: an inline loader answers before load() returns.
        loading.put(page, () -> {});
        TaskRunner.Handle handle =
                loader.load(page, result -> arrived(page, result), e -> failed(page, e));
        if (loading.containsKey(page)) {
            loading.put(page, handle);
        }
    }

    /** Takes a page fetched by someone else, as if it had been asked for. */
    void accept(int page, ItemPage result) {
        TaskRunner.Handle pending = loading.get(page);
        if (pending != null) {
            pending.cancel();
        }
        arrived(page, result);
    }

    private void arrived(int page, ItemPage result) {
        loading.remove(page);
        pages.put(page, result.rows());
        int from = page * pageSize;
        int to = Math.min(size, from + result.rows().size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, ItemRow.LOADING);
        }
        endChange();
    }

    private void failed(int page, Throwable e) {
        loading.remove(page);
        onFailure.accept(e);
    }
}
