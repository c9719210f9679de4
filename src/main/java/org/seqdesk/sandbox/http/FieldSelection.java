package org.seqdesk.sandbox.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * VidiCore's {@code field} parameter: the fields to return ({@code name}, or {@code name:alias} to
 * return it under another name) and those to leave out ({@code -name}); empty for all fields.
 */
record FieldSelection(Map<String, String> include, Set<String> exclude)
        implements Predicate<String> {
    static final FieldSelection ALL = new FieldSelection(Map.of(), Set.of());

    FieldSelection {
        include = Map.copyOf(include);
        exclude = Set.copyOf(exclude);
    }

    static FieldSelection of(List<String> field) {
        Map<String, String> include = new LinkedHashMap<>();
        Set<String> exclude = new TreeSet<>();
        for (String f : field) {
            String[] nameAndAlias = f.split(":", 2);
            String name = nameAndAlias[0].strip();
            if (name.startsWith("-")) {
                exclude.add(name.substring(1));
                continue;
            }
            String alias = nameAndAlias.length > 1 ? nameAndAlias[1].strip() : "";
            include.put(name, alias.isEmpty() ? name : alias);
        }
        return new FieldSelection(include, exclude);
    }

    @Override
    public boolean test(String name) {
        return !exclude.contains(name) && (include.isEmpty() || include.containsKey(name));
    }

    /** The name a selected field is returned under. */
    String outputName(String name) {
        return include.getOrDefault(name, name);
    }
}
