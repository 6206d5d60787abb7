package dev.greenops.views.common;

import dev.greenops.model.common.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Runs model services off the FX thread on a shared executor. {@link #run} shows the task in the status bar (title,
 * message, progress, cancel); when several run at once the status bar follows the newest. {@link #runQuietly} is for
 * short reads a screen makes while the user browses (a page of rows, a search), which would only make the status bar
 * flicker. {@link #direct()} runs everything on the calling thread, for tests.
 */
public class TaskRunner {

    private final ExecutorService executor;
    private final StringProperty message = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final IntegerProperty active = new SimpleIntegerProperty(0);
    private final List<Task<?>> visible = new ArrayList<>();
    private Executor pages;

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

    /** True when tasks run on the calling thread (tests). */
    public boolean isDirect() {
        return executor == null;
    }

    /**
     * Starts {@code work}, shown in the status bar. {@code onSuccess} and {@code onFailure} run on the FX thread; a
     * cancelled task calls neither, and the status bar says it was cancelled.
     */
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        start(title, work, onSuccess, onFailure, true);
    }

    /** Starts {@code work} without showing it in the status bar (short reads while browsing). */
    public <T> void runQuietly(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        start("", work, onSuccess, onFailure, false);
    }

    private <T> void start(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, boolean show) {
        if (executor == null) {
            runDirect(title, work, onSuccess, onFailure, show);
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
            finished(task, show, title + ": done");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (isCancellation(error)) {
                finished(task, show, title + ": cancelled");
            } else {
                finished(task, show, title + ": failed");
                onFailure.accept(error);
            }
        });
        task.setOnCancelled(e -> finished(task, show, title + ": cancelled"));
        active.set(active.get() + 1);
        if (show) {
            visible.add(task);
            rebind();
        }
        executor.execute(task);
    }

    private <T> void runDirect(
            String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, boolean show) {
        if (show) {
            running.set(true);
            message.set(title);
        }
        T value;
        try {
            value = work.call((done, total, text) -> {
                if (show) {
                    progress.set(total > 0 ? (double) done / total : -1);
                }
            });
        } catch (Exception e) {
            if (show) {
                reset(title + (isCancellation(e) ? ": cancelled" : ": failed"));
            }
            if (!isCancellation(e)) {
                onFailure.accept(e);
            }
            return;
        }
        if (show) {
            reset(title + ": done");
        }
        onSuccess.accept(value);
    }

    private void rebind() {
        message.unbind();
        progress.unbind();
        if (visible.isEmpty()) {
            running.set(false);
            progress.set(0);
            return;
        }
        Task<?> newest = visible.getLast();
        message.bind(newest.messageProperty());
        progress.bind(newest.progressProperty());
        running.set(true);
    }

    private void finished(Task<?> task, boolean show, String text) {
        active.set(active.get() - 1);
        if (!show) {
            return;
        }
        visible.remove(task);
        rebind();
        if (visible.isEmpty()) {
            message.set(text);
        }
    }

    private void reset(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Cancels the task the status bar shows, if any; the service sees an interrupt and rolls back what it was writing. */
    public void cancel() {
        if (!visible.isEmpty()) {
            visible.getLast().cancel(true);
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

    /** True while a task shown in the status bar runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** How many tasks (shown or quiet) have started and not finished; tests wait for zero. */
    public ReadOnlyIntegerProperty activeProperty() {
        return active;
    }

    /**
     * The executor for {@link PagedList} page loads: one daemon thread of its own, so browsing a table never waits
     * behind an import; the calling thread when direct.
     */
    public synchronized Executor pageLoader() {
        if (executor == null) {
            return Runnable::run;
        }
        if (pages == null) {
            pages = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "greenops-pages");
                t.setDaemon(true);
                return t;
            });
        }
        return pages;
    }

    /** Runs {@code r} on the UI thread later (at once when direct): where page loads deliver their rows. */
    public void later(Runnable r) {
        if (executor == null) {
            r.run();
        } else {
            Platform.runLater(r);
        }
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
