package org.seqdesk.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs blocking work in the background and hands the outcome to the UI thread. Exactly one of the
 * two callbacks runs, on the UI executor, unless the task was cancelled first; then neither does.
 *
 * <p>{@link #inline()} runs everything on the calling thread, so view models can be tested without
 * a stage or a pool.
 */
public final class TaskRunner {
    private final ExecutorService background;
    private final Executor ui;

    public TaskRunner(ExecutorService background, Executor ui) {
        this.background = background;
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Background work on {@code background}, callbacks on the JavaFX thread. */
    public static TaskRunner forFx(ExecutorService background) {
        return new TaskRunner(background, Platform::runLater);
    }

    /** Everything on the calling thread, for tests. */
    public static TaskRunner inline() {
        return new TaskRunner(null, Runnable::run);
    }

    /** The executor callbacks run on. */
    public Executor ui() {
        return ui;
    }

    /** Starts {@code work}; the handle cancels it and silences its callbacks. */
    public <T> Handle run(
            Callable<T> work,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable body =
                () -> {
                    try {
                        T result = work.call();
                        ui.execute(
                                () -> {
                                    if (!cancelled.get()) {
                                        onSuccess.accept(result);
                                    }
                                });
                    } catch (Exception | Error e) {
                        if (cancelled.get() || e instanceof CancellationException) {
                            return;
                        }
                        ui.execute(
                                () -> {
                                    if (!cancelled.get()) {
                                        onFailure.accept(e);
                                    }
                                });
                    }
                };
        if (background == null) {
            body.run();
            return () -> cancelled.set(true);
        }
        Future<?> future;
        try {
            future = background.submit(body);
        } catch (RejectedExecutionException stopped) {
            // The pool is shutting down with the app: late work (a debounced search, a page)
            // is dropped like cancelled work, not thrown at the UI thread.
            return () -> cancelled.set(true);
        }
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    /** A started task. */
    @FunctionalInterface
    public interface Handle {
        /** Interrupts the work if it still runs; its callbacks will not be called. */
        void cancel();
    }
}
