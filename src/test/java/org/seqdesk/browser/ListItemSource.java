package org.seqdesk.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Items held in a list, searched by title words and {@code title:}/{@code itemId:} terms. */
final class ListItemSource implements ItemSource {
    final List<ItemRow> all = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<ItemQuery> queries = new ArrayList<>();
    final List<String> metadataCalls = new ArrayList<>();
    IOException failure;

    static ListItemSource of(int count) {
        ListItemSource source = new ListItemSource();
        for (int i = 1; i <= count; i++) {
            source.all.add(
                    new ItemRow(
                            "VX-" + i,
                            (i % 2 == 0 ? "Harbour " : "Forest ") + i,
                            "00:00:10:00",
                            "2026-12-04T10:00:00Z",
                            i % 3 == 0 ? 1 : 0));
        }
        return source;
    }

    @Override
    public ItemPage search(ItemQuery query, int first, int number) throws IOException {
        calls.add(query.joinedText() + query.fields() + "@" + first);
        queries.add(query);
        if (failure != null) {
            throw failure;
        }
        List<ItemRow> hits = new ArrayList<>();
        for (ItemRow row : all) {
            if (matches(row, query)) {
                hits.add(row);
            }
        }
        if (query.sortField().equals("title")) {
            Comparator<ItemRow> byTitle = Comparator.comparing(ItemRow::title);
            hits.sort(query.ascending() ? byTitle : byTitle.reversed());
        }
        int from = Math.min(hits.size(), first - 1);
        int to = Math.min(hits.size(), from + number);
        return new ItemPage(hits.size(), hits.subList(from, to));
    }

    private static boolean matches(ItemRow row, ItemQuery query) {
        String title = row.title().toLowerCase(Locale.ROOT);
        for (String word : query.text()) {
            if (!title.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        for (ItemQuery.Term t : query.fields()) {
            String value = t.field().equals("itemId") ? row.id() : row.title();
            if (!value.toLowerCase(Locale.ROOT).contains(t.value().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<MetadataEntry> metadata(String itemId) throws IOException {
        metadataCalls.add(itemId);
        if (failure != null) {
            throw failure;
        }
        return List.of(new MetadataEntry("itemId", itemId), new MetadataEntry("title", "T"));
    }
}
