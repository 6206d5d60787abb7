package dev.greenops.views.common;

import dev.greenops.model.common.CancelledException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Runs model services off the FX thread, one {@link Task} at a time per call, on a shared executor; exposes the running
 * task's title, message and progress for the status bar, and cancels it (interrupting the service) on request.
 * {@link #direct()} runs work on the calling thread, for tests.
 */
public class TaskRunner {

    private final ExecutorService executor;
    private final StringProperty message = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private Task<?> current;

    protected TaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    /** The application's runner: daemon worker threads, so a running task never keeps the app from exiting. */
    public static TaskRunner background() {
        return new TaskRunner(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "greenops-task");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Runs every task synchronously on the calling thread (tests, and the FX thread in tests). */
    public static TaskRunner direct() {
        return new TaskRunner(null);
    }

    /**
     * Starts {@code work}. {@code onSuccess} and {@code onFailure} run on the FX thread; a cancelled task calls
     * neither, and the status bar says it was cancelled.
     */
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor == null) {
            runDirect(title, work, onSuccess, onFailure);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.call((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    if (text != null && !text.isBlank()) {
                        updateMessage(text);
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished(title + ": done");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (isCancellation(error)) {
                finished(title + ": cancelled");
            } else {
                finished(title + ": failed");
                onFailure.accept(error);
            }
        });
        task.setOnCancelled(e -> finished(title + ": cancelled"));
        bind(task);
        executor.execute(task);
    }

    private <T> void runDirect(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(true);
        message.set(title);
        T value;
        try {
            value = work.call((done, total, text) -> progress.set(total > 0 ? (double) done / total : -1));
        } catch (Exception e) {
            finished(title + (isCancellation(e) ? ": cancelled" : ": failed"));
            if (!isCancellation(e)) {
                onFailure.accept(e);
            }
            return;
        }
        finished(title + ": done");
        onSuccess.accept(value);
    }

    private void bind(Task<?> task) {
        current = task;
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        running.set(true);
    }

    private void finished(String text) {
        message.unbind();
        progress.unbind();
        current = null;
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Cancels the running task, if any; the service sees an interrupt and rolls back what it was writing. */
    public void cancel() {
        Task<?> task = current;
        if (task != null) {
            task.cancel(true);
        }
    }

    private static boolean isCancellation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CancelledException || c instanceof CancellationException || c instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Runs {@code r} on the FX thread (now, if already on it). */
    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
