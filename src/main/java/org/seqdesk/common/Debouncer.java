package org.seqdesk.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs only the last of a burst of actions, once the burst has been quiet for a moment. */
public interface Debouncer {
    /** Replaces any waiting action with {@code action}. */
    void submit(Runnable action);

    /** Forgets the waiting action. */
    void cancel();

    /** Waits {@code quiet} on the JavaFX clock; call from the JavaFX thread. */
    static Debouncer fx(Duration quiet) {
        PauseTransition pause = new PauseTransition(quiet);
        return new Debouncer() {
            @Override
            public void submit(Runnable action) {
                pause.setOnFinished(e -> action.run());
                pause.playFromStart();
            }

            @Override
            public void cancel() {
                pause.stop();
            }
        };
    }

    /** Runs each action at once, for tests. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void submit(Runnable action) {
                action.run();
            }

            @Override
            public void cancel() {}
        };
    }
}
