package org.seqdesk.sequences;

/** Questions only the user can answer; the view asks them in dialogs, tests answer in code. */
public interface Decisions {
    /** Asks before something is removed or replaced; true to go ahead. */
    boolean confirm(String title, String text);

    /** What to do when the sequence changed on the server since it was opened. */
    enum Conflict {
        /** Replace the server's newer version with this one. */
        OVERWRITE,
        /** Keep the server's version and show it. */
        RELOAD,
        /** Do nothing. */
        CANCEL
    }

    Conflict resolve(String text);
}
