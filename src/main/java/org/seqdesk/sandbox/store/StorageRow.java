package org.seqdesk.sandbox.store;

import java.nio.file.Path;

/** A storage: a folder on this machine where shapes and exports live. */
public record StorageRow(long id, String name, Path path) {
    public String siteId() {
        return SiteIds.format(id);
    }
}
