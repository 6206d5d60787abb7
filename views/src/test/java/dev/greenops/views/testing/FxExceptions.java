package dev.greenops.views.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Catches every exception thrown on the JavaFX thread while installed: in listeners and bindings (which JavaFX hands to
 * the thread's uncaught-exception handler and otherwise only prints), event handlers, {@code runLater} work and
 * layout. A test installs it, drives the UI, then calls {@link #assertNone} so nothing the user would never see as an
 * error, but which left the screen half-updated, passes unnoticed.
 */
public final class FxExceptions implements AutoCloseable {

    private final List<Throwable> caught = new CopyOnWriteArrayList<>();
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previous;

    private FxExceptions() {}

    /** Installs the handler on the FX thread (call from any thread once the toolkit runs). */
    public static FxExceptions install() {
        FxExceptions x = new FxExceptions();
        x.onFx(() -> {
            x.fxThread = Thread.currentThread();
            // a thread without its own handler answers with its group; restoring that would be the same as none
            Thread.UncaughtExceptionHandler h = x.fxThread.getUncaughtExceptionHandler();
            x.previous = h == x.fxThread.getThreadGroup() ? null : h;
            x.fxThread.setUncaughtExceptionHandler((t, e) -> x.caught.add(e));
        });
        return x;
    }

    public List<Throwable> caught() {
        return List.copyOf(caught);
    }

    /** Fails, with every stack trace, when anything was thrown on the FX thread since {@link #install} or the last call. */
    public void assertNone(String during) {
        // exceptions from work queued just before this call land after it has run
        onFx(() -> {});
        if (caught.isEmpty()) {
            return;
        }
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        w.println(caught.size() + " exception(s) on the JavaFX thread " + during + ":");
        for (Throwable t : caught) {
            t.printStackTrace(w);
        }
        w.flush();
        caught.clear();
        throw new AssertionError(out.toString());
    }

    @Override
    public void close() {
        if (fxThread != null) {
            onFx(() -> fxThread.setUncaughtExceptionHandler(previous));
        }
    }

    private void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
            return;
        }
        FutureTask<Void> task = new FutureTask<>(r, null);
        Platform.runLater(task);
        try {
            task.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer", e);
        }
    }
}
