package org.seqdesk.sandbox.store;

import java.time.Instant;

/** An item as the database holds it. */
public record ItemRow(long id, String title, Instant created, String owner) {
    public String siteId() {
        return SiteIds.format(id);
    }
}
