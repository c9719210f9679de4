package org.seqdesk.sandbox.store;

import java.sql.SQLException;

/** A database failure: a bug or a broken database file, never a bad request. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
