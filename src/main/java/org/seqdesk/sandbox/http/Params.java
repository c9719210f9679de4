package org.seqdesk.sandbox.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.seqdesk.sandbox.store.SiteIds;

/** Query parameters read strictly: a malformed value is a 400 naming the parameter. */
public final class Params {
    private Params() {}

    public static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiException.invalidInput(name, name + " must be " + min + " to " + max, v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalidInput(name, name + " must be a whole number", v);
        }
    }

    public static boolean bool(Context ctx, String name, boolean defaultValue) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw ApiException.invalidInput(name, name + " must be true or false", v);
        }
    }

    /** Every value of a repeatable parameter, with comma-separated lists split. */
    public static List<String> list(Context ctx, String name) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The non-blank parts of a comma-separated list. */
    public static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Every value of a repeatable parameter, not split (for {@code key=value} pairs). */
    public static List<String> raw(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** The number of a {@code VX-n} path id; a 404 of {@code type} when it is not one. */
    public static long id(Context ctx, String pathParam, String type) {
        String raw = ctx.pathParam(pathParam);
        OptionalLong id = SiteIds.parse(raw);
        if (id.isEmpty()) {
            throw ApiException.notFound(type, raw);
        }
        return id.getAsLong();
    }
}
