package org.seqdesk.sequences;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sequences in a map, keyed by item and format; stands in for a server in view-model tests. */
class MapSequenceStore implements SequenceStore {
    final Map<String, Map<String, byte[]>> items = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    private int nextItem = 100;

    void add(String itemId, String format, byte[] content) {
        items.computeIfAbsent(itemId, k -> new LinkedHashMap<>()).put(format, content);
    }

    @Override
    public List<SequenceEntry> list(String itemId) throws IOException {
        calls.add("list " + itemId);
        List<SequenceEntry> out = new ArrayList<>();
        items.getOrDefault(itemId, Map.of())
                .keySet()
                .forEach(f -> out.add(new SequenceEntry(itemId, "VX-" + f.length(), f)));
        return out;
    }

    @Override
    public byte[] fetch(String itemId, String format) throws IOException {
        calls.add("get " + itemId + " " + format);
        byte[] content = items.getOrDefault(itemId, Map.of()).get(format);
        if (content == null) {
            throw new IOException("no " + format + " on " + itemId);
        }
        return content;
    }

    @Override
    public void put(String itemId, String format, byte[] content, String mediaType) {
        calls.add("put " + itemId + " " + format);
        add(itemId, format, content);
    }

    @Override
    public void delete(String itemId, String format) {
        calls.add("delete " + itemId + " " + format);
        items.getOrDefault(itemId, new LinkedHashMap<>()).remove(format);
    }

    @Override
    public void conformMetadata(String itemId) {
        calls.add("conform " + itemId);
    }

    @Override
    public String createItem(String title) {
        String id = "VX-" + nextItem++;
        calls.add("create " + id + " " + title);
        items.put(id, new LinkedHashMap<>());
        return id;
    }
}
