package org.seqdesk.sandbox.store;

import java.util.OptionalLong;

/** VidiCore ids: {@code VX-123} outside, the number 123 in the database. */
public final class SiteIds {
    public static final String SITE = "VX";

    private SiteIds() {}

    public static String format(long id) {
        return SITE + "-" + id;
    }

    /** The number of a {@code VX-n} id; empty for anything else (another site, junk, overflow). */
    public static OptionalLong parse(String id) {
        if (id == null || !id.startsWith(SITE + "-")) {
            return OptionalLong.empty();
        }
        String digits = id.substring(SITE.length() + 1);
        if (digits.isEmpty()
                || digits.length() > 18
                || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
