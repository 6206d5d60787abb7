package dev.greenops.views.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the (headless) JavaFX platform once per test JVM and runs test code on its thread. */
public final class Fx {

    private static boolean started;

    private Fx() {}

    /** Starts the toolkit unless a test (or TestFX) already did. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX toolkit did not start in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        started = true;
    }

    /** Runs {@code work} on the FX thread and returns its result; its exception, if any, is rethrown here. */
    public static <T> T call(Callable<T> work) throws Exception {
        start();
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // an assertion that failed on the FX thread fails the test as itself
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }
}
